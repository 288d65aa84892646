"""Exporters: a store snapshot written as a workbook (CSV, XLSX), JSON, GraphML, GEXF or Cypher."""
