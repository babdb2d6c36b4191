"""The sheets of the workbook: the overview, a matrix sheet per task area, the data sheets
and, with people included, the personal data and the gap heatmap."""
