"""Titles that two extractions of one CUAD contract must read alike (twin agreement,
extractor/stages/title_words.py): one copy keeps its line breaks, the other glued the title to the line
after it ("SOFTWAREDEVELOPMENTAGREEMENTPELICAN DELIVERS", "POWER OF ATTORNEYKNOW ALL MEN", "AGENTS'
CERTIFICATEIn connection"). Each kind of glue has a rule; the cases are real snippets of both copies
from ../shared/corpus/cuad, and the words of both titles must be the same."""

from __future__ import annotations

import re
from typing import NamedTuple

import pytest

import extractor
from extractor.stages.title_words import tokens


def _title(text: str) -> str:
    title = extractor.parse(text.encode(), name="snippet.txt").title or ""
    return " ".join(re.sub(r"[^\w&]+", " ", title.casefold()).split())  # as the twins scorer compares


class Twin(NamedTuple):
    kind: str
    source: str  # the contract both snippets come from
    first: str  # the copy that kept its line breaks
    second: str  # the copy that lost them (the "Part_..." file)
    title: str  # both titles' words, case-folded


TWINS = [
    Twin(
        'kind_word_runs_into_next_line',
        'PelicanDeliversInc_20200211_S-1_EX-10.3_11975895_EX-10.3_Development Agreement1',
        'SeattleSoftwareDevelopers\n\nSOFTWARE DEVELOPMENT AGREEMENT\n\nPELICAN DELIVERS iOS APPLICATION  E'
        'NHANCEMENTS & WEB APPLICATION  DEVELOPMENT PHASE 1 4 102nd Ave NE Suite 300 Bellevue, WA 98004 (42'
        '5) 256-2815 julian@seattlesoftwaredevelopers.com www .seattlesoftwaredeveIopers.com\n\n1\n\nSource'
        ': PELICAN DELIVERS, INC., S-1, 2/11/2020\n\n\n\n\n\nSTATEMENT OF WORK - APPENDIX A This Statement '
        'of Work is issued to and made part of that Software Development Agreement executed by and between '
        'Developer and Client on the Effective Date (the Agreement). Any word or phrase not o',
        'SeattleSoftwareDevelopersSOFTWAREDEVELOPMENTAGREEMENTPELICAN DELIVERS iOS APPLICATION ENHANCEMENTS'
        ' & WEB APPLICATION DEVELOPMENTPHASE 14 102nd Ave NE Suite 300 Bellevue, WA 98004(425) 256-2815juli'
        'an@seattlesoftwaredevelopers.comwww .seattlesoftwaredeveIopers.com1Source: PELICAN DELIVERS, INC.,'
        ' S-1, 2/11/2020\x0cSTATEMENT OF WORK - APPENDIX AThis Statement of Work is issued to and made part'
        ' of that Software Development Agreement executed by and between Developer and Client on theEffecti'
        've Date (the Agreement). Any word',
        'software development agreement',
    ),
    Twin(
        'kind_word_glued_to_caps_word',
        'FEDERATEDGOVERNMENTINCOMESECURITIESINC_04_28_2020-EX-99.SERV AGREE-SERVICES AGREEMENT_POWEROF',
        'LIMITED POWER OF ATTORNEY\n\nKNOW ALL MEN BY THESE PRESENTS, dated as of January 1, 2004, that FED'
        'ERATED INVESTMENT MANAGEMENT COMPANY, a statutory trust duly organized under the laws of the State'
        ' of Delaware (the "Adviser"), does hereby nominate, constitute and appoint FEDERATED ADVISORY SERV'
        'ICES COMPANY, a statutory trust duly organized under the laws of the State of Delaware ("FASC"), t'
        'o act hereunder as the true an',
        'LIMITED POWER OF ATTORNEYKNOW ALL MEN BY THESE PRESENTS, dated as of January 1, 2004, that FEDERAT'
        'ED INVESTMENTMANAGEMENT COMPANY, a statutory trust duly organized under the laws of the State of D'
        'elaware (the “Adviser”), doeshereby nominate, constitute and appoint FEDERATED ADVISORY SERVICES C'
        'OMPANY, a statutory trust duly organizedunder the laws of the State of Delaware ("FASC"), to act h'
        'ereunder as the true and law',
        'power of attorney',
    ),
    Twin(
        'caps_glued_to_two_letter_opener',
        'OLDAPIWIND-DOWNLTD_01_08_2016-EX-1.3-AGENCY AGREEMENT2',
        "EXHIBIT I TO SCHEDULE A (COMPLIANCE WITH UNITED STATES SECURITIES LAWS) AGENTS' CERTIFICATE In con"
        'nection with the offer and sale in the United States of common shares (the "Securities") of Tribut'
        'e Pharmaceuticals Inc. (the "Corporation") to Accredited Investors pursuant to a Subscription Agre'
        'ement dated as of May 22, 2015, and pursuant to an agency agreement (the "Agency Agreement") dated'
        ' as of May 22, 2015 between ',
        'EXHIBIT I TO SCHEDULE A(COMPLIANCE WITH UNITED STATES SECURITIES LAWS)AGENTS’ CERTIFICATEIn connec'
        'tion with the offer and sale in the United States of common shares (the “Securities”) of Tribute P'
        'harmaceuticals Inc. (the “Corporation”)to Accredited Investors pursuant to a Subscription Agreemen'
        't dated as of May 22, 2015, and pursuant to an agency agreement (the “AgencyAgreement”) dated as o'
        'f May 22, 2015 between the C',
        'agents certificate',
    ),
    Twin(
        'kind_word_glued_to_short_word',
        'AzulSa_20170303_F-1A_EX-10.3_9943903_EX-10.3_Maintenance Agreement2',
        'Execution version\n\n\n\n  Amendment n° 01   to the Global Maintenance Agreement ref. DS/C-3957/14'
        ' Issue 7 dated March 9t h , 2015\n\n\n\nBETWEEN\n\nAZUL LINHAS AÉREAS BRASILEIRAS S/A\n\nAND\n\nAV'
        'IONS DE TRANSPORT REGIONAL, G.I.E.   AZUL-ATR   Amendment N° 1 Global Maintenance Agreement   Page'
        ' 1/9\n\nSource: AZUL SA, F-1/A, 3/3/2017\n\n\n\n\n\nExecut',
        'Execution\xa0version\xa0\xa0\xa0Amendment\xa0n°\xa001\xa0to\xa0the\xa0Global\xa0Maintenance\xa0Agr'
        'eementref.\xa0DS/C-3957/14\xa0Issue\xa07dated\xa0March\xa09th\xa0,\xa02015\xa0BETWEEN\xa0AZUL\xa0L'
        'INHAS\xa0AÉREAS\xa0BRASILEIRAS\xa0S/AANDAVIONS\xa0DE\xa0TRANSPORT\xa0REGIONAL,\xa0G.I.E.\xa0AZUL–A'
        'TR\xa0Amendment\xa0N°\xa01Global\xa0Maintenance\xa0Agreement\xa0Page\xa01/9Source: AZUL SA, F-1/A,'
        ' 3/3/2017\x0cExecution\xa0version\xa0TABLE\xa0OF\xa0CONTENTS:\xa0CLAUSE\xa0PAGE\xa01.\xa0DEFINITIO'
        'NS\xa0\xa04',
        'amendment n 01 to the global maintenance agreement',
    ),
    Twin(
        'letter_after_dash_ends_a_code',
        'FEDERATEDGOVERNMENTINCOMESECURITIESINC_04_28_2020-EX-99.SERV AGREE-SERVICES AGREEMENT',
        'Exhibit 28 (h) (1) (a) under Form N‐1A Exhibit 99 under item 601/REG. S‐K\n\nSERVICES AGREEMENT\n'
        '\nTHIS AGREEMENT, dated and effective as of January 1, 2004 (this "Agreement") between FEDERATED I'
        'NVESTMENT MANAGEMENT COMPANY, a Delaware statutory trust (the "Adviser"), and FEDERATED ADVISORY S'
        'ERVICES COMPANY, a Delaware statutory trust ("FASC"),\n\nWITNESSETH:\n\nWHEREAS, the Adviser serve'
        's pursuant to advisory or subadvisory agreements ("Advisory Agreements") as investment advisor or '
        'subadvisor to investment companies registered under the Investment Company Act of 1940 (the "1940 '
        'Act") and/or separate accounts not required to be so registered (collectively, "Accounts"); and\n'
        '\nWHEREAS, the Adviser desires to engage FASC to provide certain services to Adviser in connection'
        ' with the services to be provided by the Adviser',
        'Exhibit 28 (h) (1) (a) under Form N‐1AExhibit 99 under item 601/REG. S‐KSERVICES AGREEMENTTHIS AGR'
        'EEMENT, dated and effective as of January 1, 2004 (this “Agreement”) between FEDERATED INVESTMENTM'
        'ANAGEMENT COMPANY, a Delaware statutory trust (the “Adviser”), and FEDERATED ADVISORY SERVICESCOMP'
        'ANY, a Delaware statutory trust (“FASC”),WITNESSETH:WHEREAS, the Adviser serves pursuant to adviso'
        'ry or subadvisory agreements (“Advisory Agreements”) as investmentadvisor or subadvisor to investm'
        'ent companies registered under the Investment Company Act of 1940 (the “1940 Act”) and/orseparate '
        'accounts not required to be so registered (collectively, “Accounts”); andWHEREAS, the Adviser desi'
        'res to engage FASC to provide certain services to Adviser in connection with the services to bepro'
        'vided by the Adv',
        'services agreement',
    ),
    Twin(
        'caps_parts_written_apart_in_capitals',
        'GlobalTechnologiesGroupInc_20050928_10KSB_EX-10.9_4148808_EX-10.9_Content License Agreement',
        'EXHIBIT 10.9     GLOBAL MUSIC INTERNATIONAL, INC. DBA IMNTV CONTENT LICENSE AGREEMENT\n\nThis Cont'
        'ent License Agreement ("Agreement") is between Global Music International, Inc. d/b/a Independent '
        'Music Network (IMNTV), located at 20 Old Stagecoach Road, Redding, Connecticut, 06896 ("IMNTV"), a'
        'nd Distributor, as set forth below, and describes the terms and conditions under which Distributor'
        ' will distribute Programming p',
        '\xa0\xa0EXHIBIT\xa010.9\xa0\xa0GLOBAL\xa0MUSIC\xa0INTERNATIONAL,\xa0INC.DBA\xa0IMNTVCONTENT\xa0LIC'
        'ENSE\xa0AGREEMENTThis\xa0Content\xa0License\xa0Agreement\xa0(“Agreement”)\xa0is\xa0between\xa0Glob'
        'al\xa0Music\xa0International,\xa0Inc.\xa0d/b/a\xa0Independent\xa0Music\xa0Network\xa0(IMNTV),\xa0l'
        'ocated\xa0at\xa020Old\xa0Stagecoach\xa0Road,\xa0Redding,\xa0Connecticut,\xa006896\xa0(“IMNTV”),'
        '\xa0and\xa0Distributor,\xa0as\xa0set\xa0forth\xa0below,\xa0and\xa0describes\xa0the\xa0terms\xa0and'
        '\xa0conditions\xa0under\xa0whichDistributor\xa0will\xa0distribute\xa0Programming\xa0provided\xa0by'
        '\xa0IMNTV\xa0as\xa0described\xa0herein.\xa0Distributor’s\xa0distribution\xa0of\xa0the\xa0Programmi'
        'ng\xa0is\xa0subject\xa0to\xa0the\xa0Master\xa0Terms\xa0ofService\xa0(“MTS”)\xa0attached\xa0heret',
        'dba imntv content license agreement',
    ),
    Twin(
        'label_letter_glued_to_caps_word',
        'PfHospitalityGroupInc_20150923_10-12G_EX-10.1_9266710_EX-10.1_Franchise Agreement3',
        'APPENDIX C SAMPLE OF NON-DISCLOSURE AND NON-COMPETITION AGREEMENT (BETWEEN FRANCHISEE AND ITS PERS'
        'ONNEL) THIS SAMPLE OF NON-DISCLOSURE AND NON-COMPETITION AGREEMENT ( "Agreement")  is  made this  '
        '_____ day of _________, 20___, by and between ___________________________ (the "Franchisee"), and '
        '___________________________, who is an officer, director, or employee of Franchisee (t',
        'APPENDIX CSAMPLE OF NON-DISCLOSURE AND NON-COMPETITION AGREEMENT(BETWEEN FRANCHISEE AND ITS PERSON'
        'NEL)THIS SAMPLE OF NON-DISCLOSURE AND NON-COMPETITION AGREEMENT (“Agreement”) is made this _____ d'
        'ay of_________, 20___, by and between ___________________________ (the “Franchisee”), and ________'
        '___________________, who is anofficer, director, or employee of Franchisee (the “Membe',
        'appendix c sample of non disclosure and non competition agreement',
    ),
]


@pytest.mark.parametrize("case", TWINS, ids=[c.kind for c in TWINS])
def test_both_copies_same_title(case: Twin) -> None:
    assert _title(case.first) == case.title
    assert _title(case.second) == case.title


class Glue(NamedTuple):
    word: str  # a glued word of a flattened copy
    pieces: list[str]  # the tokens it is cut into


GLUES = [
    Glue("CERTIFICATEIn", ["CERTIFICATE", "In"]),
    Glue("ATTORNEYKNOW", ["ATTORNEY", "KNOW"]),
    Glue("DEVELOPMENTAGREEMENTPELICAN", ["DEVELOPMENTAGREEMENT", "PELICAN"]),
    # not cut: a word of its own
    Glue("CERTIFICATEHOLDERS", ["CERTIFICATEHOLDERS"]),
    Glue("AGREEMENTS", ["AGREEMENTS"]),
    Glue("CEOs", ["CEOs"]),
    Glue("Agreementref.", ["Agreement", "ref."]),
    Glue("Contractor", ["Contractor"]),
    Glue("Agreements", ["Agreements"]),
]


@pytest.mark.parametrize("case", GLUES, ids=[f"{c.word}-{i}" for i, c in enumerate(GLUES)])
def test_glue_cuts(case: Glue) -> None:
    assert [t.text for t in tokens(case.word, 0, len(case.word))] == case.pieces
