"""The exporters that come with vcm, registered through entry points like anyone's plugin.

``vcm_exporters.xlsx`` (openpyxl) writes the workbook; ``vcm_exporters.docx`` (python-docx)
the report. vcm itself never imports this package: only the entry points connect the two.
"""
