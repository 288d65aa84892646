"""Network analysis: the bridge from store snapshots to NetworkX, then one module per analysis."""
