"""HTML exhibits: detection, conversion to lines, and the converted text as the original text."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest
from conftest import corpus_path

import extractor
from extractor.io import html, reader, sources
from extractor.run import batch


class Sniff(NamedTuple):
    label: str
    text: str
    is_html: bool


# Real openings of documents in ../shared/corpus/edgar-raw/submission-*.txt.
SNIFFS = [
    Sniff("EX-24 html", '<HTML><HEAD><TITLE>Jessica A. Garascia  POA</TITLE></HEAD><BODY style="font-family:'
          'Bookman Old Style"><TABLE CELLSPACING="0" BORDER="0" WIDTH="588"><TR><TD VALIGN="TOP" COLSPAN="3">'
          '<H1 ALIGN="RIGHT" STYLE="font-size:140%">EXHIBIT 24</H1></TD></TR>', True),
    Sniff("EX-99.1 html", '\n<HTML>\n<HEAD>\n     <TITLE></TITLE>\n</HEAD>\n<BODY STYLE="font: 10pt Times '
                          'New Roman, '
          'Times, Serif">\n\n<P STYLE="font: bold 10pt Times New Roman, Times, Serif; margin: 0pt 0; '
          'text-align: right">'
          'Exhibit 99.1</P>', True),
    Sniff("inline XBRL 8-K", "\n<XBRL>\n<?xml version='1.0' encoding='ASCII'?>\n<html "
                             "xmlns:xbrli=\"http://www.xbrl"
          ".org/2003/instance\" xmlns=\"http://www.w3.org/1999/xhtml\">", True),
    Sniff("1998 text table", "                         STATEMENT TO "
                             "CERTIFICATEHOLDERS\n<TABLE>\n<CAPTION>\n- -----"
          "-----\n                       DISTRIBUTIONS IN DOLLARS\n<S>          <C>            <C>  "
          "\n", False),
    Sniff("1995 text with PAGE", "\n\n<PAGE>   1\n                   U.S. SECURITIES AND EXCHANGE "
                                 "COMMISSION\n"
          "                            WASHINGTON, D.C. 20549\n", False),
    Sniff("form 4 xml", '\n<XML>\n<?xml version="1.0"?>\n<ownershipDocument>\n\n    <schemaVersion>X0508'
          '</schemaVersion>\n\n    <documentType>4</documentType>\n', False),
]


@pytest.mark.parametrize("case", SNIFFS, ids=[c.label for c in SNIFFS])
def test_looks_like_html(case: Sniff) -> None:
    assert html.looks_like_html(case.text) is case.is_html


class Conversion(NamedTuple):
    label: str
    html: str
    lines: list[str]  # the non-blank output lines, whitespace runs shown as one space


CONVERSIONS = [
    Conversion("heading with a line break",
               '<H1 ALIGN="center" STYLE="font-size:140%">AAR CORP</H1><H2 ALIGN="CENTER" '
               'STYLE="font-size:120%">'
               'Power of Attorney<BR />\n\t\t\t\t\t\t\tfor Executing Forms 3, 4 and 5</H2>',
               ["AAR CORP", "Power of Attorney", "for Executing Forms 3, 4 and 5"]),
    Conversion("numbered table row stays one line",
               '<TABLE><TR><TD WIDTH="16%" VALIGN="TOP" '
               'ALIGN="center">\n\t\t\t\t\t\t\t\t(1)\n\t\t\t\t\t\t</TD>'
               '<TD WIDTH="84%" VALIGN="TOP" COLSPAN="2">\n\t\t\t\t\t\t\t\texecute for and on behalf of the '
               "undersigned, in the undersigned's capacity\n\t\t\t\t\t\t\t\tas an officer and/or director "
               "of AAR CORP "
               '(the "Company"),\n\t\t\t\t\t\t</TD></TR><TR height="10"><td><div /></td></TR></TABLE>',
               ["(1) execute for and on behalf of the undersigned, in the undersigned's capacity as an "
                "officer "
                'and/or director of AAR CORP (the "Company"),']),
    Conversion("cover row of divs with trailing <br/> and spacer cells",
               '<table><tr>\n    <td style="width: 39.72%;">\n            <div style="text-align: '
               'center;"><span '
               'style="text-decoration: underline;"><ix:nonNumeric '
               'name="dei:EntityIncorporationStateCountryCode">'
               'Maryland</ix:nonNumeric></span><br/>\n            </div>\n          </td>\n    <td '
               'style="width: '
               '3.81%;">&#160;</td>\n    <td style="width: 19.87%;">\n            <div style="text-align: '
               'center;">'
               '<span><ix:nonNumeric name="dei:EntityFileNumber">001-40609</ix:nonNumeric></span><br/>\n'
               '            </div>\n          </td>\n  </tr></table>',
               ["Maryland 001-40609"]),
    Conversion("hidden inline-XBRL header dropped",
               '<div id="DSPFiXBRLHidden" style="display: none;"><ix:header><ix:hidden><ix:nonNumeric '
               'name="dei:'
               'AmendmentFlag" format="ixt:fixed-false">false</ix:nonNumeric></ix:hidden></ix:header></div>'
               '<div style="line-height: initial;">\n  <div>\n    <div style="text-align: center; '
               'font-weight: bold;">'
               "UNITED STATES</div>",
               ["UNITED STATES"]),
    Conversion("paragraphs with nbsp spacers",
               '<P STYLE="font: bold 10pt Times New Roman; text-align: right">Exhibit 99.1</P>\n\n<P '
               'STYLE="font: '
               'bold 10pt Times New Roman">&nbsp;</P>\n\n<P STYLE="text-align: center">ABVC BioPharma '
               'Announces '
               "2024 Financial Results</P>",
               ["Exhibit 99.1", "ABVC BioPharma Announces 2024 Financial Results"]),
]


@pytest.mark.parametrize("case", CONVERSIONS, ids=[c.label for c in CONVERSIONS])
def test_html_to_text_keeps_paragraphs_and_rows_as_lines(case: Conversion) -> None:
    out = html.html_to_text("<html><body>" + case.html + "</body></html>")
    assert [" ".join(ln.split()) for ln in out.splitlines() if ln.strip()] == case.lines


def test_paragraphs_are_separated_by_a_blank_line() -> None:
    out = html.html_to_text("<html><body><p>First paragraph.</p><p>Second <b>bold</b> one.</p></body></html>")
    assert out == "First paragraph.\n\nSecond bold one.\n"


def submission_part(rel: str, doc_type: str) -> str:
    from extractor.io.submission import split_submission

    text = reader.read(corpus_path(rel)).text
    part = next(p for p in split_submission(text).documents if p.type == doc_type)
    return text[part.start : part.end]


def test_html_exhibit_in_a_submission_is_converted_and_offsets_index_the_text() -> None:
    path = corpus_path("edgar-raw/submission-0001127602-25-001055.txt")
    raw = submission_part("edgar-raw/submission-0001127602-25-001055.txt", "EX-24")
    (ex,) = extractor.parse_submission(path, types=("EX-24",))
    assert ex.meta["converted_from"] == "html"
    assert ex.original == html.html_to_text(raw)
    assert "<TD" not in ex.original and "Know all men by these presents" in ex.original
    for df in ex.tables().values():
        if {"start", "end", "text"} <= set(df.columns):
            for start, end, text in zip(df["start"], df["end"], df["text"], strict=True):
                assert ex.original[start:end] == text


def test_an_htm_file_is_read_as_converted_text(tmp_path: Path) -> None:
    raw = submission_part("edgar-raw/submission-0001213900-25-032135.txt", "EX-99.1")
    f = tmp_path / "ex99-1.htm"
    f.write_text(raw, encoding="utf-8")
    decoded = reader.read(f)
    assert decoded.converted_from == "html"
    assert decoded.text.startswith("Exhibit 99.1\n")
    assert "ABVC BioPharma Announces 2024 Financial Results" in decoded.text.splitlines()
    assert extractor.parse(f).meta["converted_from"] == "html"
    res = batch.run_job(sources.Job("ex99-1.htm", str(f)))
    assert res.frame("documents")["converted_from"].tolist() == ["html"]


def test_text_documents_are_not_converted() -> None:
    path = corpus_path("edgar-raw/submission-0001011438-98-000429.txt")
    res = batch.run_job(sources.Job(path.name, str(path)))
    docs = res.frame("documents")
    assert len(docs) == 2 and docs["converted_from"].isna().all()
    assert reader.read(corpus_path("edgar-raw/qwest-kmc-mgs-amendment-1.txt")).converted_from is None


@pytest.mark.parametrize("depth", [100, 300, 3_000, 100_000])
def test_deep_nesting_loses_no_text(depth: int) -> None:
    """libxml2 stops building a tree at 256 (2048 with huge_tree) nested elements and silently
    drops the rest of the document; text that deep must still come out, in order."""
    raw = ("<html><body><p>Before the nest.</p>" + "<div>" * depth + "Deep clause &amp; text."
           + "</div>" * depth + "<p>After the nest.</p></body></html>")
    out = html.html_to_text(raw)
    assert out.split() == "Before the nest. Deep clause & text. After the nest.".split()
