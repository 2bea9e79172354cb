"""One description per column of every table in ``schema.TABLES`` (and the batch's ``links``), declared
once beside the schema.

``json_schema()`` publishes the batch output contract as JSON Schema (``sec-exhibits schema``):
one object schema per table, each column typed from its declared dtype and nullable.
``tests/test_loader.py`` checks that every declared column has a description here.
"""

from __future__ import annotations

from typing import Any

from . import schema

SPAN = {
    "start": "start offset of the row's span in the document's original text (0-based, characters)",
    "end": "end offset (exclusive) of the span in the original text",
    "text": "the span's text, exactly original[start:end]",
}

DOC_ID = ("the input's id: path relative to the folder or glob argument, <archive>/<member> inside an "
          "archive, <file>#<sequence> for a document of a submission")

TABLE_DESCRIPTIONS: dict[str, str] = {
    "documents": "one row per document: where it came from, its header and the submission's facts",
    "pages": "one row per page; pages partition the original text",
    "furniture": "page furniture removed from the body: banners, page numbers, running heads and footers",
    "redactions": "confidential-treatment markers ([***], [TEXT DELETED], ...)",
    "signatures": "one row per signature line of each signature block",
    "parties": "one row per party of the agreement",
    "dates": "every date mentioned",
    "durations": "periods of time ('thirty (30) days after ...')",
    "defined_terms": "quoted capitalised terms and 'X means ...' definitions",
    "sections": "the tree of numbered provisions",
    "references": "cross-references to provisions, one row per referenced item",
    "amendments": "one row per amending operation of an amendment",
    "diagnostics": "notes the stages leave about doubtful input (duplicate numbers, ...)",
    "errors": "one row per input that failed; the rest of the batch completes",
    "links": "one row per amendment of the batch paired with the agreement it amends, when both are in the "
             "batch (extractor.links; written once per run, no doc_id column)",
}

COLUMNS: dict[str, dict[str, str]] = {
    "documents": {
        "source": "the file (or archive member) the document was read from",
        "sequence": "the <SEQUENCE> of a document inside a submission",
        "type": "the submission's <TYPE> (EX-10.1, ...)",
        "filename": "the submission's <FILENAME> for the document",
        "description": "the submission's <DESCRIPTION>",
        "title": "the document's title (AMENDMENT NO. 1 TO ...)",
        "kind": "what the document is: amendment, agreement, side letter, lease, ...",
        "exhibit_number": "the exhibit number in the banner (10.1)",
        "amendment_number": "the amendment's number (1 for 'Amendment No. 1', 'First Amendment')",
        "amended_agreement": "for an amendment: the title of the agreement it amends",
        "amended_agreement_date": "for an amendment: the amended agreement's date (ISO, YYYY-MM-DD or YYYY-MM)",
        "execution_marker": "a line such as EXECUTION VERSION above the title",
        "encoding": "how the bytes were decoded: utf-8, cp1252 or latin-1",
        "converted_from": "html when the document was HTML converted to text; else empty",
        "n_chars": "characters in the original text",
        "n_pages": "rows of the pages table for this document",
        "legend": "the confidential-treatment legend at the top, if any",
        "accession_number": "the submission's accession number (0000950129-95-001652)",
        "filer_name": "the filer's COMPANY CONFORMED NAME",
        "cik": "the filer's CENTRAL INDEX KEY, as text with its leading zeros (0000912057)",
        "form_type": "the submission's FORM TYPE (10-K, 8-K, ...)",
        "filing_date": "the submission's FILED AS OF DATE, ISO (YYYY-MM-DD)",
        "submission_start": "start offset of the document's <TEXT> in the submission file",
        "submission_end": "end offset of the document's <TEXT> in the submission file",
        "governing_law": "the place whose law governs, as a place name (Delaware, England and Wales, Ontario, Canada)",
        "governing_law_text": "the place as written: original[governing_law_start:governing_law_end]",
        "governing_law_start": "start offset of the place name in the original text",
        "governing_law_end": "end offset of the place name in the original text",
        "effective_date": "the effective date, ISO: a dates row with role effective, else the agreement date",
        "effective_date_text": "the date as written: original[effective_date_start:effective_date_end]",
        "effective_date_start": "start offset of the date or the phrase it comes from in the original text",
        "effective_date_end": "end offset of the date or the phrase it comes from in the original text",
        "expiration_date": "ISO date the initial term ends: written, or its start plus the term",
        "expiration_date_text": "what it comes from, as written: original[expiration_date_start:expiration_date_end]",
        "expiration_date_start": "start offset of the date or the phrase it comes from in the original text",
        "expiration_date_end": "end offset of the date or the phrase it comes from in the original text",
        "term": "the initial term as written (fifty-one (51) months)",
        "term_start": "start offset of the duration in the original text",
        "term_end": "end offset of the duration in the original text",
        "term_quantity": "the number of units of term (as on durations)",
        "term_unit": "the unit of term: day, week, month, quarter or year (as on durations)",
        "renewal_term": "the length of a renewal as written (one (1) year of 'successive one (1) year periods')",
        "renewal_term_start": "start offset of the duration in the original text",
        "renewal_term_end": "end offset of the duration in the original text",
        "renewal_term_quantity": "the number of units of renewal_term (as on durations)",
        "renewal_term_unit": "the unit of renewal_term: day, week, month, quarter or year (as on durations)",
        "notice_period": "the notice that stops a renewal, as written (sixty (60) days)",
        "notice_period_start": "start offset of the duration in the original text",
        "notice_period_end": "end offset of the duration in the original text",
        "notice_period_quantity": "the number of units of notice_period (as on durations)",
        "notice_period_unit": "the unit of notice_period: day, week, month, quarter or year (as on durations)",
    },
    "pages": {
        "page": "1-based index of the page in the document",
        "number": "the page number, read from the printed one (2 for '- 2 -'; A-1, ii), if any",
        "number_start": "start offset of the printed page number",
        "number_end": "end offset of the printed page number",
        "number_text": "the page number as printed: original[number_start:number_end]",
    },
    "furniture": {
        "kind": "banner, legend, page_marker, form_feed, page_number, running, source_footer, quicklinks, blank",
        "page": "the page the furniture sits on",
    },
    "redactions": {
        "kind": "the marker's form (asterisks, bracketed text, ...)",
        "page": "the page the marker sits on",
        "section": "label of the section the marker sits in",
    },
    "signatures": {
        "block": "1-based number of the signature block in the document",
        "kind": "the line's kind inside the block (party, by, name, title, date, ...)",
        "party": "the party that signs in this block",
        "signed": "true when the signature line carries a signature (/s/ or a name), false when blank",
        "signer": "the person signing",
        "title": "the signer's title",
        "date": "the date written in the block",
        "page": "the page the line sits on",
    },
    "parties": {
        "name": "the party's name, whitespace collapsed",
        "jurisdiction": "where it is organised (Delaware, England and Wales)",
        "entity_type": "corporation, limited liability company, bank, individual, ...",
        "alias": "the short name defined for it (QWEST, the Company)",
        "role": "its role in the agreement (Administrative Agent)",
        "source": "preamble, or signature for a party named only in a signature block",
        "mentions": "references to the party's name or alias later in the body",
    },
    "dates": {
        "value": "the date, ISO: YYYY-MM-DD, or YYYY-MM / YYYY at month or year precision; empty for a blank day",
        "precision": "day, month or year: how much of value the text gives",
        "role": "agreement, amended_agreement, signature, effective, expiration, renewal, notice, term or other",
        "blank_day": "true for a form's blank date (December __, 2000)",
    },
    "durations": {
        "quantity": "the number of units (51 for 'fifty-one (51) months')",
        "unit": "day, week, month, quarter, year or hour",
        "anchor_text": "what the period runs from ('after November 1, 2000')",
        "anchor_date": "the anchor's date, ISO, when it names one",
    },
    "defined_terms": {
        "term": "the defined term without quotes, white space collapsed",
        "refers_to": "the phrase the term names (empty for 'X means ...' definitions)",
        "term_start": "start offset of the term",
        "term_end": "end offset of the term",
        "term_text": "the term as printed: original[term_start:term_end]",
    },
    "sections": {
        "number": "the number as printed (ARTICLE IV, 1.1, (c))",
        "label": "the number normalised (Article 4, 1.1, 2(c), Exhibit A)",
        "heading": "the heading after the number",
        "level": "depth in the tree (1 = top)",
        "parent": "the parent's label",
        "heading_start": "start offset of the heading",
        "heading_end": "end offset of the heading",
        "duplicate": "true when the number repeats its previous sibling's",
        "part": "body; contents for a table of contents' entries; the top-level attachment's label "
                "(Exhibit A) for that attachment and every row under it; new text for a provision quoted "
                "in an amendment's block of new provisions",
    },
    "references": {
        "label": "the referenced provision, normalised (9.b)",
        "internal": "true for a provision of this document, false for another document's",
        "target_document": "the other document named ('the Distributor Agreement')",
    },
    "amendments": {
        "section": "label of the amending provision the instruction sits in",
        "target": "the amended provision as written (SECTION 7 A.)",
        "target_label": "the amended provision, normalised (7.A)",
        "action": "restate, substitute, insert, add_definition, delete or replace_all",
        "location": "the qualifier as written ('in the fourteenth line')",
        "line": "the line number the qualifier names",
        "sentences": "the sentences the qualifier names (1,2; -1 last)",
        "old_text": "the words taken out, without quote marks",
        "old_start": "start offset of old_text",
        "old_end": "end offset of old_text",
        "new_text": "the words put in, without quote marks",
        "new_start": "start offset of new_text",
        "new_end": "end offset of new_text",
        "old_redacted": "true when the old text is itself a confidential-treatment marker",
        "new_redacted": "true when the new text is itself a confidential-treatment marker",
        "amended_agreement": "the amended agreement's title, from the header",
    },
    "diagnostics": {
        "stage": "the stage that left the note",
        "code": "a short code (duplicate_number, ...)",
        "message": "what it noticed",
    },
    "links": {
        "amendment_doc_id": "the amendment's doc_id",
        "base_doc_id": "the doc_id of the agreement it amends (a document sharing its parties whose title or "
                       "agreement date is the amended agreement's)",
        "evidence": "what matched: the common parties (names without corporate suffixes), the title, the date",
    },
    "errors": {
        "path": "the file (and archive member) that failed",
        "error_type": "InputError, SubmissionError, ParseError, TimeLimitError, WorkerError, ...",
        "message": "what went wrong",
        "stage": "the stage that failed (read, submission, ..., internal for a bug)",
        "offset": "where in the text it failed, if known",
        "line": "the line it failed on, if known",
        "preview": "a short piece of the text there",
    },
}


def description(table: str, column: str) -> str:
    if column == "doc_id":
        return DOC_ID
    return COLUMNS.get(table, {}).get(column) or SPAN[column]


_JSON_TYPES = {schema.S: "string", schema.I: "integer", schema.B: "boolean", schema.F: "number"}


def json_schema() -> dict[str, Any]:
    """The batch output as JSON Schema (draft 2020-12): one object schema per table under ``$defs``."""
    defs = {}
    for table, cols in schema.TABLES.items():
        props: dict[str, dict[str, Any]] = {"doc_id": {"type": "string", "description": DOC_ID}}
        for col, dtype in cols.items():
            props[col] = {"type": [_JSON_TYPES[dtype], "null"], "description": description(table, col),
                          "x-dtype": dtype}
        defs[table] = {"type": "object", "description": TABLE_DESCRIPTIONS[table], "properties": props,
                       "required": list(props), "additionalProperties": False}
    for table in schema.RUN_TABLES:  # written once per run: no doc_id
        props = {col: {"type": [_JSON_TYPES[dtype], "null"], "description": description(table, col), "x-dtype": dtype}
                 for col, dtype in schema.declared(table).items()}
        defs[table] = {"type": "object", "description": TABLE_DESCRIPTIONS[table], "properties": props,
                       "required": list(props), "additionalProperties": False}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "sec-exhibit-extractor batch output",
        "description": "One row of each table written by `sec-exhibits batch` (CSV, Parquet, JSONL); "
                       "x-dtype is the pandas dtype extractor.read_output returns.",
        "$defs": defs,
    }
