"""The Board: the Commission's seat as chair first, then Member States, then observers."""

from emn.network.tests.support import board_member


def test_seats_in_order(client, personas):
    board_member(None, "Chair Person")
    board_member("NO", "Norwegian Observer")
    client.force_login(personas.reader)
    response = client.get("/network/steering-board/")
    seats = response.context["seats"]
    assert seats[0].is_chair and seats[0].names == ["Chair Person"]
    statuses = [seat.country.status for seat in seats[1:]]
    assert statuses == sorted(statuses)  # "member" before "observer"
    assert len(seats) == 1 + 26 + 7
    html = response.content.decode()
    assert "Norwegian Observer" in html
    assert '<span class="badge chair">Chair</span>' in html


def test_the_public_sees_filled_seats_without_names(client, db):
    board_member("SI", "Mojca Representative")
    html = client.get("/network/steering-board/").content.decode()
    assert "Seat filled" in html
    assert "Mojca Representative" not in html
    assert "No representative recorded" in html
