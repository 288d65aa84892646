"""Invented names for the demo data set: places, people, companies and public actors.

Every organisation and person here is made up; public bodies carry generic names only.
A row ``"name|sector|rocket;rocket"`` gives an actor's sector and the rockets it usually
fuels (its home rockets); the first rocket is the main one.
"""

from __future__ import annotations

#: Municipalities of the region, with weights (most actors are in Kouvola itself).
MUNICIPALITIES: tuple[tuple[str, int], ...] = (
    ("Kouvola", 70),
    ("Kotka", 8),
    ("Hamina", 5),
    ("Iitti", 4),
    ("Pyhtää", 2),
    ("Virolahti", 2),
    ("Miehikkälä", 1),
    ("Lappeenranta", 3),
    ("Lahti", 3),
    ("Mäntyharju", 1),
    ("Helsinki", 1),
)

#: Villages and city districts (nominative), for residents' groups and action titles.
AREAS: tuple[str, ...] = tuple(
    (
        "Kaunisnurmi Kasarminmäki Tornionmäki Lehtomäki Eskolanmäki Korjala Myllykoski "
        "Kuusaanlampi Sarkola Käyrälampi Niinistönmäki Valkeala Jaala Koria Inkeroinen "
        "Kuusankoski Voikkaa Keltakangas Utti Elimäki Anjala Hirvelä Mansikkamäki Tykkimäki "
        "Vekaranjärvi Selänpää"
    ).split()
)

#: Place names in the genitive, as they begin company and association names.
PLACE_GENITIVES: tuple[str, ...] = tuple(
    (
        "Kymin Kouvolan Valkealan Kuusankosken Elimäen Anjalan Jaalan Sippolan Inkeroisten "
        "Myllykosken Korian Voikkaan Utin Vekaranjärven Salpausselän Kymijoen Mustilan Verlan "
        "Selänpään Ummeljoen Kaipiaisten Vuohijärven Tuohikotin Orilan"
    ).split()
)

#: Family names in the genitive, for family firms ("Virtasen Konepaja Oy").
FAMILY_GENITIVES: tuple[str, ...] = tuple(
    (
        "Virtasen Korhosen Mäkisen Niemisen Hämäläisen Laineen Heikkisen Koskisen Järvisen "
        "Lehtosen Saarisen Salosen Toivosen Heinosen Rantasen Kallion Pölläsen Kärkkäisen "
        "Söderströmin Åbergin Tuomisen Peltosen Lindqvistin Mattilan Ahosen Leinosen Seppälän "
        "Hyvösen"
    ).split()
)

FIRST_NAMES: tuple[str, ...] = tuple(
    (
        "Aino Eetu Päivi Jyrki Åsa Björn Sanna Mikko Kaisa Jussi Hanna Ville Tiina Antti Säde "
        "Leena Pekka Riikka Timo Satu Göran Minna Olli Katja Heikki Elina Ilkka Maarit Tuomas "
        "Linnéa"
    ).split()
)
LAST_NAMES: tuple[str, ...] = tuple(
    (
        "Virtanen Korhonen Mäkelä Hämäläinen Söderström Åberg Pöllänen Kärkkäinen Nieminen Laine "
        "Heikkinen Koskinen Järvinen Lehtonen Saarinen Salonen Toivonen Heinonen Rantanen Kallio "
        "Tuominen Peltonen"
    ).split()
)

#: Company name stems: "stem|sector|rockets|tags".
COMPANY_STEMS: tuple[str, ...] = (
    "Rahtilogistiikka|logistiikka|logistics|rautatie;rahti",
    "Terminaalipalvelut|logistiikka|logistics|terminaali;RRT",
    "Kuljetus|kuljetus|logistics;accessibility|tiekuljetus",
    "Konttihuolto|logistiikka|logistics|kontit",
    "Varastopalvelut|logistiikka|logistics|varastointi",
    "Huolinta|logistiikka|logistics|tulli;vienti",
    "Rautatiekuljetukset|logistiikka|logistics;accessibility|rautatie",
    "Kiskokalusto|teollisuus|logistics|rautatie;kunnossapito",
    "Nosturipalvelut|logistiikka|logistics|terminaali",
    "Logistiikkakiinteistöt|kiinteistöt|logistics;launchpad|kiinteistöt",
    "Liikenne|joukkoliikenne|accessibility|bussi",
    "Taksipalvelut|joukkoliikenne|accessibility|taksi;kutsuliikenne",
    "Bussiliikenne|joukkoliikenne|accessibility|bussi",
    "Kaupunkipyörät|liikkumispalvelut|accessibility;centre|pyöräily",
    "Latauspalvelut|energia|accessibility|sähköautot",
    "Liikkumispalvelut|liikkumispalvelut|accessibility|MaaS",
    "Matkapalvelut|matkailu|accessibility;wellbeing|matkaketjut",
    "Ohjelmistot|ICT|competence|ohjelmistot",
    "Datapalvelut|ICT|competence|data;datakeskus",
    "Automaatio|teollisuus|competence|automaatio",
    "Konepaja|teollisuus|competence;logistics|metalli",
    "Puutuote|teollisuus|competence;launchpad|puu",
    "Biotuote|teollisuus|competence|biotalous;kuitu",
    "Insinööritoimisto|asiantuntijapalvelut|competence;launchpad|suunnittelu",
    "Koulutuspalvelut|koulutus|competence|täydennyskoulutus",
    "Tekoälylaboratorio|ICT|competence|tekoäly",
    "Energiaratkaisut|energia|competence;launchpad|energia;vety",
    "Kuitutekniikka|teollisuus|competence|kuitu",
    "Muotoilu|luova ala|competence;centre|muotoilu",
    "Kirjakauppa|kauppa|centre|kauppa",
    "Kahvila|ravintola|centre;wellbeing|kahvila",
    "Ravintola|ravintola|centre;wellbeing|ravintola;lähiruoka",
    "Keskustakiinteistöt|kiinteistöt|centre|kiinteistöt",
    "Vaatetus|kauppa|centre|kauppa",
    "Kukka ja Lahja|kauppa|centre|kauppa",
    "Kultasepät|kauppa|centre|kauppa",
    "Arkkitehdit|asiantuntijapalvelut|centre;launchpad|arkkitehtuuri",
    "Mainostoimisto|luova ala|centre|markkinointi",
    "Hotelli|majoitus|centre;wellbeing|majoitus",
    "Lähiruoka|elintarvikkeet|wellbeing|lähiruoka",
    "Leipomo|elintarvikkeet|wellbeing;centre|lähiruoka",
    "Luomutila|maatalous|wellbeing|luomu;lähiruoka",
    "Elämyspalvelut|matkailu|wellbeing|elämykset",
    "Matkailu|matkailu|wellbeing|matkailu",
    "Hyvinvointipalvelut|hyvinvointi|wellbeing|hyvinvointi",
    "Liikuntakeskus|liikunta|wellbeing|liikunta",
    "Hunajatila|maatalous|wellbeing|lähiruoka",
    "Kalastuspalvelut|matkailu|wellbeing|kalastus;luonto",
    "Majoitus|majoitus|wellbeing|majoitus",
    "Tapahtumapalvelut|tapahtumat|wellbeing;centre|tapahtumat",
    "Panimo|elintarvikkeet|wellbeing|panimo",
    "Rakennus|rakentaminen|launchpad|rakentaminen",
    "Puutalot|rakentaminen|launchpad|puurakentaminen",
    "Kiinteistöhuolto|kiinteistöt|launchpad|kiinteistöt",
    "Asuntorakentajat|rakentaminen|launchpad|asuminen",
    "Maanrakennus|rakentaminen|launchpad;logistics|maanrakennus",
    "Sähkötyöt|rakentaminen|launchpad|sähkö",
    "Viherrakentaminen|rakentaminen|launchpad;centre|viherrakentaminen",
    "Remonttipalvelut|rakentaminen|launchpad|korjausrakentaminen",
)
#: Legal forms of companies, repeated by how common they are.
LEGAL_FORMS: tuple[str, ...] = ("Oy", "Oy", "Oy", "Oy", "Oy", "Ky", "Ky", "Ay")

#: Public and city actors by kind: "name|sector|rockets".
PUBLIC_ACTORS: dict[str, tuple[str, ...]] = {
    "education": (
        "Ammattikorkeakoulu, Kouvolan kampus|koulutus|competence;logistics",
        "Ammattikorkeakoulu / logistiikan koulutus|koulutus|logistics;competence",
        "Ammattikorkeakoulu / matkailu ja palvelut|koulutus|wellbeing;competence",
        "Ammattikorkeakoulu / muotoilu ja media|koulutus|competence;wellbeing",
        "Ammattikorkeakoulu / sosiaali- ja terveysala|koulutus|wellbeing",
        "Yliopiston logistiikan tutkimusyksikkö|tutkimus|logistics;competence",
        "Yliopiston kauppatieteiden yksikkö|tutkimus|competence",
        "Teknillisen yliopiston energiatutkimus|tutkimus|competence;launchpad",
        "Ammattiopisto / logistiikka- ja kuljetusala|koulutus|logistics;accessibility",
        "Ammattiopisto / ravintola- ja matkailuala|koulutus|wellbeing",
        "Ammattiopisto / rakennusala|koulutus|launchpad;competence",
        "Kouvolan lukio|koulutus|competence",
        "Kuusankosken lukio|koulutus|competence;wellbeing",
        "Aikuiskoulutuskeskus|koulutus|competence",
        "Kansalaisopisto|koulutus|wellbeing;launchpad",
        "Musiikkiopisto|koulutus|wellbeing",
        "Taidekoulu|koulutus|wellbeing;competence",
        "Kuljetusalan koulutuskeskus|koulutus|accessibility;logistics",
        "Kesäyliopisto|koulutus|competence;wellbeing",
    ),
    "institution": (
        "Hyvinvointialue|sosiaali- ja terveyspalvelut|wellbeing;launchpad",
        "Maakuntamuseo|kulttuuri|wellbeing;centre",
        "Taidemuseo|kulttuuri|centre;wellbeing",
        "Kaupunginorkesteri|kulttuuri|wellbeing;centre",
        "Seurakuntayhtymä|seurakunta|wellbeing;launchpad",
        "Varuskunta|puolustus|competence;logistics",
        "Valtakunnallinen rautatieyhtiö|liikenne|logistics;accessibility",
        "Rataverkon kunnossapitäjä|liikenne|logistics",
        "Satamayhtiö|logistiikka|logistics",
        "Huoltovarmuusorganisaatio|huoltovarmuus|logistics",
        "Innovaatiorahoituskeskus|rahoitus|competence",
        "Kauppakamari|elinkeino|competence;logistics",
        "Matkailun alueorganisaatio|matkailu|wellbeing",
        "Luonnonvaratutkimuksen toimipiste|tutkimus|wellbeing;competence",
        "Kansallispuistojen luontopalvelut|luonto|wellbeing",
        "Kulttuurisäätiö|rahoitus|wellbeing;centre",
        "Asumisen rahoituskeskus|rahoitus|launchpad",
        "Valtion kiinteistöorganisaatio|kiinteistöt|centre;launchpad",
        "Ympäristötutkimuslaitos|tutkimus|launchpad;competence",
        "Kehittämisrahasto|rahoitus|competence;launchpad",
    ),
    "authority": (
        "ELY-keskus|julkinen hallinto|logistics;competence",
        "Aluehallintovirasto|julkinen hallinto|launchpad",
        "Maakuntaliitto|julkinen hallinto|accessibility;launchpad",
        "Väyläviranomainen|liikenne|logistics;accessibility",
        "Liikenneturvallisuusviranomainen|liikenne|accessibility",
        "Työllisyysviranomainen|työllisyys|competence",
        "Poliisilaitos|turvallisuus|centre",
        "Pelastuslaitos|turvallisuus|logistics;launchpad",
        "Tulli|julkinen hallinto|logistics",
        "Maanmittausviranomainen|julkinen hallinto|launchpad",
        "Museoviranomainen|kulttuuriperintö|centre;wellbeing",
        "Elintarviketurvallisuusviranomainen|elintarvikkeet|wellbeing",
        "Kemikaalivalvonta|turvallisuus|logistics",
        "EU-ohjelmien välittävä viranomainen|rahoitus|competence;accessibility",
        "Ympäristöministeriön alueyksikkö|ympäristö|launchpad",
    ),
    "city": tuple(
        f"Kouvolan kaupunki / {unit}"
        for unit in (
            "kaupunginkanslia|kunta|launchpad",
            "elinvoimapalvelut|kunta|launchpad;competence;logistics",
            "kaupunkisuunnittelu|kunta|centre;launchpad;logistics",
            "maankäyttö ja tontit|kunta|launchpad;logistics",
            "joukkoliikenne|kunta|accessibility",
            "liikennesuunnittelu|kunta|accessibility;centre",
            "kuntatekniikka|kunta|centre;accessibility",
            "tilapalvelut|kunta|centre;launchpad",
            "kulttuuripalvelut|kunta|wellbeing;centre",
            "liikuntapalvelut|kunta|wellbeing",
            "nuorisopalvelut|kunta|wellbeing;centre",
            "kirjastopalvelut|kunta|centre;wellbeing",
            "matkailupalvelut|kunta|wellbeing",
            "työllisyyspalvelut|kunta|competence;logistics",
            "ympäristöpalvelut|kunta|launchpad;logistics",
            "ruokapalvelut|kunta|wellbeing",
            "hankintapalvelut|kunta|wellbeing;logistics",
            "osallisuus ja viestintä|kunta|launchpad;centre",
            "perusopetus|kunta|competence",
            "rakennusvalvonta|kunta|launchpad;centre",
            "yrityspalvelut|kunta|competence;logistics",
            "asuntotoimi|kunta|launchpad",
            "kansainväliset asiat|kunta|competence",
            "ilmastotyö|kunta|launchpad;logistics",
            "omistajaohjaus|kunta|launchpad",
        )
    ),
    "city_company": (
        "Kouvolan Asuntotalot Oy|asuminen|launchpad;centre",
        "Kouvolan Ratapihakiinteistöt Oy|kiinteistöt|logistics",
        "Kouvolan Tapahtumat ja Teatteri Oy|kulttuuri|centre;wellbeing",
        "Kouvolan Lämpö ja Vesi Oy|energia|launchpad;logistics",
        "Kouvolan Matkakeskus Oy|liikenne|accessibility;centre",
        "Kouvolan Liikuntapaikat Oy|liikunta|wellbeing",
        "Kouvolan Keskustakehitys Oy|kiinteistöt|centre;launchpad",
    ),
    "political": (
        "Kaupunginvaltuusto|politiikka|launchpad",
        "Kaupunginhallitus|politiikka|launchpad;logistics",
        "Elinvoimalautakunta|politiikka|competence;logistics",
        "Kaupunkirakennelautakunta|politiikka|centre;launchpad",
        "Hyvinvointilautakunta|politiikka|wellbeing",
        "Nuorisovaltuusto|politiikka|centre;wellbeing",
        "Vanhusneuvosto|politiikka|wellbeing;accessibility",
        "Vammaisneuvosto|politiikka|accessibility;centre",
        "Valtuustoryhmä A (kuvitteellinen)|politiikka|launchpad;centre",
        "Valtuustoryhmä B (kuvitteellinen)|politiikka|competence;accessibility",
    ),
}

#: Associations named "<place genitive> <type>": "type|sector|rockets".
ASSOCIATION_TYPES: tuple[str, ...] = (
    "Yrittäjät ry|elinkeino|competence;centre",
    "kyläyhdistys ry|kylätoiminta|launchpad;wellbeing",
    "Latu ry|liikunta|wellbeing",
    "Nuorisoseura ry|nuoriso|wellbeing;launchpad",
    "Kotiseutuyhdistys ry|kulttuuriperintö|wellbeing;launchpad",
    "Martat ry|kotitalous|wellbeing",
    "Eläkeläiset ry|seniorit|wellbeing;accessibility",
    "Partiolaiset ry|nuoriso|wellbeing",
    "Kalastusseura ry|luonto|wellbeing",
    "Taideyhdistys ry|kulttuuri|centre;wellbeing",
    "Kauppiasyhdistys ry|kauppa|centre",
    "Omakotiyhdistys ry|asuminen|launchpad",
    "Pyöräilijät ry|liikunta|accessibility;wellbeing",
    "Luonnonsuojeluyhdistys ry|ympäristö|launchpad;wellbeing",
    "Urheiluseura ry|liikunta|wellbeing",
    "Teatteriyhdistys ry|kulttuuri|centre;wellbeing",
    "Maa- ja kotitalousnaiset ry|ruoka|wellbeing",
    "VPK ry|turvallisuus|launchpad",
)

#: Residents' groups "<template with {area}>|rockets"; "{person}" is one resident.
CITIZEN_TYPES: tuple[str, ...] = (
    "Asukasyhdistys {area}|launchpad;centre",
    "Kyläaktiivit, {area}|launchpad;wellbeing",
    "Asukasraati, {area}|centre;launchpad",
    "Nuorten ryhmä, {area}|wellbeing;centre",
    "Vanhempainryhmä, {area}|wellbeing;launchpad",
    "Joukkoliikenteen käyttäjäraati, {area}|accessibility",
    "Asukas {person}|centre;launchpad",
    "Asukas {person}|wellbeing;accessibility",
)

#: Actors with a planted part in the data set: "part|name|kind|sector|rockets".
#: broker: links all rockets; shared: partners of both of the pair (seldom elsewhere);
#: pair: same rocket, never together, shared partners; idle: runs nothing;
#: isolated: runs only actions of its own; plain: an ordinary actor with a fixed name.
PLANTED_ACTORS: tuple[str, ...] = (
    "broker|Kouvolan Kasvupalvelut Oy|city_company|elinkeino|"
    "launchpad;logistics;accessibility;competence;centre;wellbeing",
    "plain|Kouvolan seudun ammattiopisto|education|koulutus|competence",
    "pair|Kymijoen Koskielämykset Oy|company|matkailu|wellbeing",
    "pair|Valkealan Luontoelämykset Oy|company|matkailu|wellbeing",
    "shared|Kymin Lähiruokaosuuskunta|company|elintarvikkeet|wellbeing",
    "shared|Kymenlaakson Matkailuyhdistys ry|association|matkailu|wellbeing",
    "shared|Kymijoen Melontaseura ry|association|liikunta|wellbeing",
    "idle|Jaalan Perinnekäsityö Oy|company|käsityö|wellbeing",
    "idle|Anjalan Kartanoyhdistys ry|association|kulttuuriperintö|wellbeing",
    "idle|Valtuustoryhmä C (kuvitteellinen)|political|politiikka|launchpad",
    "idle|Asukas Seppo Esimerkkinen|citizen|asukkaat|centre",
    "isolated|Elimäen Hunajatila Oy|company|maatalous|wellbeing",
    "isolated|Inkeroisten Nuorisoseura ry|association|nuoriso|wellbeing",
    "isolated|Tuohikotin Kyläkauppa Ky|company|kauppa|launchpad",
    "plain|Kymin Rahtilogistiikka Oy|company|logistiikka|logistics",
)
