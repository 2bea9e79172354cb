"""Signature blocks that two extractions of one CUAD contract must read alike (twin agreement,
extractor/stages/signatures.py and the label scan of grammars/signature.py): one copy keeps its line
breaks, the other lost them. Each kind of difference has a rule; the cases are real snippets of both
copies from ../shared/corpus/cuad."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from extractor.grammars.signature import field_of, find_labels

import extractor


def _rows(text: str) -> list[tuple[str | None, str | None]]:
    sigs = extractor.parse(text.encode(), name="snippet.txt").columns("signatures")
    return list(zip(sigs["party"], sigs["signer"], strict=True))


class Twin(NamedTuple):
    kind: str
    source: str  # the contract both snippets come from
    first: str  # the copy that kept its line breaks
    second: str  # the copy that lost them (the "Part_..." file)


# "Date" printed under the line above, then the next line's "/s/": in the flattened copy the caption runs
# into the mark ("Date/s/  Heim  Brecht"); a date holds no signature, so the "/s/" is a signature of its own.
DATE_CAPTION = Twin(
    "date_caption_before_mark",
    "DataCallTechnologies_20060918_SB-2A_EX-10.9_944510_EX-10.9_Content License Agreement",
        'PLAN_B  MEDIA  AG                  PLAN_B  MEDIA  AG\n\nSource: DATA CALL TECHNOLOGIES, SB-2/A, 9/'
        '18/2006\n\n\n\n\n\n03/24/06                           03/24/06 ______________________________     '
        '_____________________________ Date                               Date\n\n/s/  Heim  Brecht        '
        '          /s/  Stefan  Meyes-Sickenagel ______________________________     _______________________'
        '______ Signature                          Signature\n\nHeim  Brecht                       Stefan  '
        'Meyes-Sickenagel ______________________________     _____________________________ Name  (Please  p'
        'rint)              Name  (Please  print)\n\nCIO                                COO _______________'
        '_______________     _____________________________ Title/Position                     Title/Positio'
        'n\n\nLICENSOR                           LICENSOR\n\n3/23/06 ______________________________     ___'
        '__________________________ Date                               Date\n\n/s/  James  Ammons _________'
        '_____________________     _____________________________ Signature                          Signatu'
        're\n\nJames  Ammons ________________________',
        'PLAN_B  MEDIA  AG                  PLAN_B  MEDIA  AGSource: DATA CALL TECHNOLOGIES, SB-2/A, 9/18/2'
        '006\x0c03/24/06                           03/24/06______________________________     _____________'
        '________________Date                               Date/s/  Heim  Brecht                  /s/  Ste'
        'fan  Meyes-Sickenagel______________________________     _____________________________Signature    '
        '                      SignatureHeim  Brecht                       Stefan  Meyes-Sickenagel________'
        '______________________     _____________________________Name  (Please  print)              Name  ('
        'Please  print)CIO                                COO______________________________     ___________'
        '__________________Title/Position                     Title/PositionLICENSOR                       '
        '    LICENSOR3/23/06______________________________     _____________________________Date           '
        '                    Date/s/  James  Ammons______________________________     _____________________'
        '________Signature                          SignatureJames  Ammons________',
)

# An attachment's heading ("APPENDIX A") after the signatures: the block ends before it, though the
# flattened copy leaves fewer characters between the last signature line and the appendix's labels.
ATTACHMENT = Twin(
    "attachment_heading_after_block",
    "TcPipelinesLp_20160226_10-K_EX-99.12_9454048_EX-99.12_Transportation Agreement",
        'ress(es) as may be designated in writing by mail, e-mail, or fax, or other means similarly agreed '
        'to:\n\nADMINISTRATIVE MATTERS Great Lakes Gas Transmission Limited Partnership Commercial Services'
        ' 700 Louisiana St., Suite 700 Houston, TX 77002-2700\n\nANR PIPELINE COMPANY 700 Louisiana St., Su'
        'ite 700 Houston, TX 77002-2700 Attn: AGREED TO BY:\n\nGREAT LAKES GAS TRANSMISSION LIMITED PARTNER'
        'SHIP By: Great Lakes Gas Transmission Company\n\nANR PIPELINE COMPANY\n\n/s/ STEVEN D. JASKOLSKI\n'
        '\nSteven D. Jaskolski Director, Commercial Services\n\n/s/ JOSEPH E. POLLARD\n\nJoseph E. Pollard '
        'Director, Long Term Marketing\n\nDated: December 14, 2015 Dated: December 14, 2015\n\nSource: TC P'
        'IPELINES LP, 10-K, 2/26/2016\n\n\n\n\n\nAPPENDIX A\n\nContract Identification FT18150\n\nDate: Nov'
        'ember 01, 2016 Supersedes Appendix Dated: November 01, 2015\n\nShipper: ANR PIPELINE COMPANY\n\nMa'
        'ximum Daily Quantity (Dth/Day) per Location:\n\nBegin Date End Date Point(s) of Primary Receipt Po'
        'int(s) of Primary Delivery MDQ\n\nMaximum Allowable Operating Pressure (MAOP)\n\n11/01/201',
        's stated below or to any other such address(es) as may be designated inwriting by mail, e-mail, or'
        ' fax, or other means similarly agreed to:ADMINISTRATIVE MATTERSGreat Lakes Gas Transmission Limite'
        'd PartnershipCommercial Services700 Louisiana St., Suite 700Houston, TX 77002-2700ANR PIPELINE COM'
        'PANY700 Louisiana St., Suite 700Houston, TX 77002-2700Attn:AGREED TO BY:GREAT LAKES GAS TRANSMISSI'
        'ONLIMITED PARTNERSHIPBy: Great Lakes Gas Transmission CompanyANR PIPELINE COMPANY/s/ STEVEN D. JAS'
        'KOLSKISteven D. JaskolskiDirector, Commercial Services/s/ JOSEPH E. POLLARDJoseph E. PollardDirect'
        'or, Long Term MarketingDated: December 14, 2015Dated: December 14, 2015Source: TC PIPELINES LP, 10'
        '-K, 2/26/2016\x0cAPPENDIX A Contract Identification FT18150Date: November 01, 2016Supersedes Appen'
        'dix Dated: November 01, 2015Shipper: ANR PIPELINE COMPANYMaximum Daily Quantity (Dth/Day) per Loca'
        'tion:Begin DateEnd DatePoint(s) of Primary ReceiptPoint(s) of Primary DeliveryMDQMaximumAllowableO'
        'peratingPressure(MAOP)11/01/201403/31/2015SOUTH CHEST',
)


@pytest.mark.parametrize("text", [DATE_CAPTION.first, DATE_CAPTION.second], ids=["first", "second"])
def test_date_caption_is_no_date_label(text: str) -> None:
    mark = text.index("/s/  Heim")
    labels = {m.start(): field_of(m.group("label")) for m in find_labels(text)}
    assert labels.get(mark) == "signature"  # the mark stands alone
    assert "date" not in {labels.get(k) for k in range(mark - 30, mark)}
    assert _rows(text)[:2] == [("PLAN_B MEDIA AG", "Heim Brecht"), ("PLAN_B MEDIA AG", "Stefan Meyes-Sickenagel")]


@pytest.mark.parametrize("text", [ATTACHMENT.first, ATTACHMENT.second], ids=["first", "second"])
def test_block_ends_before_attachment_heading(text: str) -> None:
    blocks = extractor.parse(text.encode(), name="snippet.txt").signature_blocks
    assert blocks  # the block is found ...
    assert all(end <= text.index("APPENDIX A") for _start, end in blocks)  # ... and ends before the appendix
