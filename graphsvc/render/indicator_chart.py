"""A small trend chart of one indicator for the annual report, and its text alternative.

The chart (matplotlib, about 4.5 × 2.4 in) shows the values (hollow markers: provisional),
the baseline, the target and the dashed straight target path between them; years on x,
the unit on y with numbers in the reader's locale. The SVG is deterministic (a hash salt per
indicator, no date) and ready to inline (:func:`graphsvc.render.inline_svg.inline_svg`).
"""

from __future__ import annotations

import hashlib
import io
import re
from typing import Any

from graphsvc.messages import number, text
from graphsvc.render.inline_svg import inline_svg
from graphsvc.render.report_data import IndicatorSection

#: Colours with at least 4.5:1 contrast on white; shapes differ too (never colour alone).
ACTUAL = "#1f4e8c"
PATH = "#595959"
BASELINE = "#222222"
TARGET = "#a34a00"
FIGSIZE = (4.5, 2.4)
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def _value(value: float, provisional: bool, lang: str) -> str:
    shown = number(value, lang)
    return text("report.value_provisional", lang, value=shown) if provisional else shown


def chart_alt(section: IndicatorSection, lang: str) -> str:
    """The chart's text alternative: the values over the years and the target.

    >>> from graphsvc.indicator_model import Direction, Indicator, IndicatorProgress
    >>> from graphsvc.indicator_model import Observation as Obs
    >>> pop = Indicator("pop", "Väkiluku", "Population", "", Direction.INCREASE,
    ...                 2021, 80600, 2025, 81000, "elinvoiman-kasvu")
    >>> seen = (Obs("pop", 2021, 80600), Obs("pop", 2024, 79900, provisional=True))
    >>> chart_alt(IndicatorSection(IndicatorProgress(pop, 2024), seen, "", None), "en")
    'Population 2021–2024: 80,600 → 79,900 (provisional); target 81,000 in 2025'
    """
    indicator = section.progress.indicator
    name = indicator.name(lang) + (f" ({indicator.unit})" if indicator.unit else "")
    target = number(indicator.target_value, lang)
    if not section.observations:
        return text(
            "report.chart_alt_empty",
            lang,
            name=name,
            baseline=number(indicator.baseline_value, lang),
            baseline_year=str(indicator.baseline_year),
            target=target,
            target_year=str(indicator.target_year),
        )
    first, last = section.observations[0].year, section.observations[-1].year
    return text(
        "report.chart_alt",
        lang,
        name=name,
        period=f"{first}–{last}" if last != first else str(first),
        values=" → ".join(_value(o.value, o.provisional, lang) for o in section.observations),
        target=target,
        target_year=str(indicator.target_year),
    )


def chart_id(section: IndicatorSection) -> str:
    """The id prefix of an indicator's chart in the report page (unique for every key)."""
    return chart_id_of(section.progress.indicator.key)


def chart_id_of(key: str) -> str:
    """``chart-`` and ``key`` in id-safe letters, with a short digest that keeps it unique.

    >>> chart_id_of("väki:luku")
    'chart-v-ki-luku-f0f577'
    """
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:6]
    return f"chart-{_ID_UNSAFE.sub('-', key)}-{digest}"


def trend_chart_svg(section: IndicatorSection, lang: str) -> str:
    """The indicator's trend chart as an inline ``<svg role="img">`` labelled by its alt text."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    indicator = section.progress.indicator
    with matplotlib.rc_context(
        {
            "svg.hashsalt": f"graphsvc-{indicator.key}",
            "svg.fonttype": "none",
            "font.family": "DejaVu Sans",
            "font.size": 8,
        }
    ):
        fig, ax = plt.subplots(figsize=FIGSIZE)
        try:
            _draw(ax, section, lang)
            out = io.StringIO()
            fig.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
        finally:
            plt.close(fig)
    return inline_svg(
        out.getvalue(),
        prefix=chart_id(section),
        title=chart_alt(section, lang),
        desc=text("report.chart_desc", lang),
    )


def _draw(ax: Any, section: IndicatorSection, lang: str) -> None:
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    indicator = section.progress.indicator
    ax.plot(
        [indicator.baseline_year, indicator.target_year],
        [indicator.baseline_value, indicator.target_value],
        linestyle="--",
        color=PATH,
        linewidth=1.2,
        label=text("report.chart_path", lang),
        zorder=1,
    )
    observations = section.observations
    if observations:
        years, values = [o.year for o in observations], [o.value for o in observations]
        ax.plot(years, values, color=ACTUAL, linewidth=1.6, zorder=2)
    for provisional, key in ((False, "report.chart_actual"), (True, "report.chart_provisional")):
        shown = [o for o in observations if o.provisional is provisional]
        if shown:
            ax.plot(
                [o.year for o in shown],
                [o.value for o in shown],
                linestyle="",
                marker="o",
                markersize=5,
                markeredgewidth=1.5,
                markeredgecolor=ACTUAL,
                markerfacecolor="white" if provisional else ACTUAL,
                label=text(key, lang),
                zorder=4,
            )
    for year, value, marker, size, key in (
        (indicator.baseline_year, indicator.baseline_value, "s", 6, "report.chart_baseline"),
        (indicator.target_year, indicator.target_value, "*", 11, "report.chart_target"),
    ):
        ax.plot(
            [year],
            [value],
            linestyle="",
            marker=marker,
            markersize=size,
            color=BASELINE if marker == "s" else TARGET,
            label=text(key, lang),
            zorder=3,
        )
    span = [indicator.baseline_year, indicator.target_year, *(o.year for o in observations)]
    ax.set_xlim(min(span) - 0.5, max(span) + 0.5)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: str(round(v))))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: number(v, lang)))
    if indicator.unit:
        ax.set_ylabel(indicator.unit, parse_math=False)
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.legend(
        loc="upper center",
        bbox_to_anchor=(0.5, -0.16),
        ncol=3,
        fontsize=7,
        frameon=False,
        handlelength=2.2,
    )
