"""Denmark's page says it does not take part, and offers no NCP to record."""


def test_denmark_does_not_take_part(client, personas):
    client.force_login(personas.commission)
    response = client.get("/network/countries/DK/")
    html = response.content.decode()
    assert "Denmark does not take part in the European Migration Network." in html
    assert "Not participating" in html
    assert "Record the NCP" not in html
    assert "Steering Board" not in html.split("<main", 1)[1]


def test_an_observer_says_so(client, db):
    html = client.get("/network/countries/NO/").content.decode()
    assert "Norway is an observer in the European Migration Network." in html


def test_the_commission_may_record_a_missing_ncp(client, personas):
    client.force_login(personas.commission)
    html = client.get("/network/countries/HR/").content.decode()
    assert "/network/ncps/new/?country=HR" in html
