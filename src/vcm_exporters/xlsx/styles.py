"""The look of the workbook: fonts, fills, alignment, widths and the status colours.

Status colours follow Excel's own Good / Neutral / Bad cell styles, so they read as a
consultant expects: on track green, at risk amber, off track red, overdue and no data grey.
"""

from __future__ import annotations

from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from vcm.model import RuleStatus

__all__ = [
    "BOLD",
    "CENTRE",
    "CENTRE_TOP",
    "DISPLAY",
    "DISPLAY_FILL",
    "GAP_COLOURS",
    "GRID",
    "HEADER",
    "HEADER_CENTRE",
    "HEADER_FILL",
    "HEADER_WRAP",
    "HEADING",
    "ID_FONT",
    "LEFT",
    "LINE_HEIGHT",
    "LINK",
    "OVERLINE",
    "STATUS_FILLS",
    "STATUS_FONTS",
    "SUBTITLE",
    "TABLE_STYLE",
    "TITLE",
    "TOP_WRAP",
    "UNDERLINE",
    "UNKNOWN_FILL",
    "UPRIGHT",
    "page",
    "protect",
]

TABLE_STYLE = "TableStyleMedium2"

TITLE = Font(bold=True, size=16, color="1F3864")
SUBTITLE = Font(italic=True, size=11, color="595959")
HEADING = Font(bold=True, size=13, color="1F3864")
HEADER = Font(bold=True, color="1F3864")
BOLD = Font(bold=True)
ID_FONT = Font(size=9, color="7F7F7F")
LINK = Font(color="0563C1", underline="single")

HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")

DISPLAY = Font(italic=True, color="6F6F6F")
"""Cells shown for reading only (names beside ids, statuses, the grid's names)."""
DISPLAY_FILL = PatternFill("solid", fgColor="F2F2F2")

TOP_WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE_TOP = Alignment(horizontal="center", vertical="top", wrap_text=True)
HEADER_WRAP = Alignment(wrap_text=True, vertical="bottom")
CENTRE = Alignment(horizontal="center", vertical="center")
HEADER_CENTRE = Alignment(horizontal="center", vertical="bottom", wrap_text=True)
UPRIGHT = Alignment(text_rotation=90, horizontal="center", vertical="bottom", wrap_text=True)

UNDERLINE = Border(bottom=Side(style="thin", color="8EA9DB"))
OVERLINE = Border(top=Side(style="thin", color="8EA9DB"))

UNKNOWN_FILL = PatternFill("solid", fgColor="D9D9D9")
"""Grey: a level nobody knows (not assessed, not observable)."""

_STATUS = {
    RuleStatus.ON_TRACK: ("C6EFCE", "006100"),
    RuleStatus.AT_RISK: ("FFEB9C", "9C5700"),
    RuleStatus.OFF_TRACK: ("FFC7CE", "9C0006"),
    RuleStatus.OVERDUE: ("D9D9D9", "404040"),
    RuleStatus.NO_DATA: ("D9D9D9", "404040"),
}
STATUS_FILLS = {status: PatternFill("solid", fgColor=fill) for status, (fill, _) in _STATUS.items()}
STATUS_FONTS = {status: Font(bold=True, color=ink) for status, (_, ink) in _STATUS.items()}

# The gap heatmap: no gap green, the largest gap red, amber between.
GAP_COLOURS = ("C6EFCE", "FFEB9C", "F8696B")

LINE_HEIGHT = 15.0
"""Points per line of 11-point text, as Excel lays it out."""

_THIN = Side(style="thin", color="BFBFBF")
GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
LEFT = Alignment(horizontal="left", vertical="top")


def page(sheet: Any, *, landscape: bool) -> None:
    """Print set-up: A4, fit to the page's width, as many pages down as it takes."""
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.5


def protect(sheet: Any) -> None:
    """Protect a sheet that is wholly derived (no password: a guard against slips, not a lock).

    Filtering and sorting stay allowed.
    """
    sheet.protection.sheet = True
    sheet.protection.autoFilter = False
    sheet.protection.sort = False
