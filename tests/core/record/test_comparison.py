"""How the treatments compare for one client: fit, course, cost, skin-tone caution, dates."""

from __future__ import annotations

from datetime import date

from kiosk.content.model import Content
from kiosk.engine.screening import Suitability
from kiosk.record.comparison import compare_treatments
from tests.core.clients import Client

DEFERRED = {"isotretinoin_taken": True, "isotretinoin_last_dose": "2026-08-31"}


def test_each_treatment_has_its_fit_course_cost_and_standing(
    content: Content, client: Client
) -> None:
    comparison = compare_treatments(content, client())

    rows = {row.code: row for row in comparison.rows}
    assert comparison.concerns == (("acne_scars", "Acne scars"), ("texture", "Rough texture"))
    peel = rows["chemical_peel"]
    assert peel.name == "Chemical peel"
    assert dict(peel.fit) == {
        "acne_scars": content.catalogue.treatment["chemical_peel"].fit.get("acne_scars", 0),
        "texture": content.catalogue.treatment["chemical_peel"].fit.get("texture", 0),
    }
    course = content.catalogue.treatment["chemical_peel"].sessions
    assert peel.sessions == (int(course.min), int(course.max))
    assert peel.course_cost == (f"£{90 * int(course.min)}", f"£{150 * int(course.max)}")
    assert comparison.rows[0].suggested
    assert comparison.rows[0].code == "microneedling"
    assert sum(row.suggested for row in comparison.rows) == 1
    assert all(row.skin_tone_caution == "" for row in comparison.rows)


def test_a_darker_skin_type_brings_the_skin_tone_caution_where_it_applies(
    content: Content, client: Client
) -> None:
    comparison = compare_treatments(content, client(fitzpatrick_type=5))

    cautioned = {row.code for row in comparison.rows if row.skin_tone_caution}
    assert cautioned == {"laser_resurfacing", "chemical_peel", "microneedling_prp"}
    laser = next(row for row in comparison.rows if row.code == "laser_resurfacing")
    assert "darker or lighter patches" in laser.skin_tone_caution
    assert laser.suitability is Suitability.REVIEW


def test_a_date_every_treatment_waits_for_is_said_once(content: Content, client: Client) -> None:
    comparison = compare_treatments(content, client(**DEFERRED))

    assert comparison.shared_date == date(2027, 2, 28)
    assert {row.suitability for row in comparison.rows} == {Suitability.DEFER}
    assert all(row.not_before is None for row in comparison.rows)


def test_nothing_possible_means_no_shared_date(content: Content, client: Client) -> None:
    comparison = compare_treatments(content, client(pregnant_or_breastfeeding=True))

    assert comparison.shared_date is None
    assert all(row.reason for row in comparison.rows)
