"""Workbook loaders: safe reading of CSV folders and XLSX files, and row validation."""
