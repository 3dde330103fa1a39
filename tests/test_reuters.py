from geo.documents import iter_documents
from geo.reuters import parse_sgml

SGML = """<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" NEWID="11"><DATE>26-FEB-1987 15:01:01.79</DATE>
<PLACES><D>usa</D><D>uk</D></PLACES><TEXT>&#2;
<TITLE>OIL TALKS IN LONDON</TITLE><DATELINE>LONDON, Feb 26 - </DATELINE><BODY>Ministers met
in London &amp; Paris.
 Reuter
&#3;</BODY></TEXT></REUTERS>
<REUTERS NEWID="12"><DATE>27-FEB-1987</DATE><TEXT TYPE="UNPROC">&#2;
WEEKLY REPORT - FEB 26
 Reuter
&#3;</TEXT></REUTERS>
<REUTERS NEWID="13"><DATE>27-FEB-1987</DATE><TEXT TYPE="BRIEF"></TEXT></REUTERS>
"""


def test_records_parsed_with_title_body_places():
    recs = list(parse_sgml(SGML))
    assert [r["id"] for r in recs] == ["11", "12", "13"]
    assert recs[0]["text"] == "OIL TALKS IN LONDON\n\nMinisters met\nin London & Paris."
    assert recs[0]["places"] == ["usa", "uk"]
    assert recs[1]["text"] == "WEEKLY REPORT - FEB 26"


def test_sgm_files_read_as_documents_and_empty_record_reported(tmp_path):
    f = tmp_path / "reut2-000.sgm"
    f.write_bytes(SGML.encode("latin-1"))
    problems = []
    docs = list(iter_documents([f], on_error=problems.append))
    assert [d.id for d in docs] == ["11", "12"]
    assert str(docs[0].date) == "1987-02-26"
    assert len(problems) == 1 and problems[0].source.endswith("#13")
