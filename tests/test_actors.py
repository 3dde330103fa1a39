"""States, organizations, titles and territories as actors."""

from geo.actors import (
    actor_for_code,
    actor_for_country,
    actor_for_name,
    alpha2_of,
    sovereign_of,
    title_words,
)


def test_states_are_alpha3():
    assert actor_for_country("GL").code == "GRL"
    assert actor_for_country("us").code == "USA"
    assert actor_for_country("GB").kind == "state"
    assert actor_for_country("XX") is None
    assert actor_for_country(None) is None


def test_organizations_by_name_and_acronym():
    assert actor_for_name("NATO").code == "NATO"
    assert actor_for_name("the European Union").code == "EU"
    assert actor_for_name("united nations").code == "UN"
    assert actor_for_name("NATO").kind == "organization"
    assert actor_for_name("the Kremlin").code == "RUS"
    assert actor_for_name("who") is None  # the acronym only in capitals
    assert actor_for_name("European Policy Center") is None


def test_codes_territories_and_titles():
    assert actor_for_code("DK").code == "DNK"
    assert actor_for_code("NATO").kind == "organization"
    assert sovereign_of("GL") == "DK"
    assert sovereign_of("DE") is None
    assert alpha2_of(actor_for_country("NO")) == "NO"
    assert alpha2_of(actor_for_code("EU")) is None
    assert {"minister", "secretary", "foreign"} <= title_words()


def test_an_organization_is_named_as_the_table_spells_its_code():
    from geo.actors import actor_for_code

    assert [actor_for_code(c, organization=True).name for c in (
        "ARCTIC COUNCIL", "HAMAS", "OPEC", "NATO")] == [
        "Arctic Council", "Hamas", "OPEC", "North Atlantic Treaty Organization"]
