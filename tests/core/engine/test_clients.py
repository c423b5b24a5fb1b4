"""The engine on realistic clients: flags, each treatment's standing, status and plan."""

from __future__ import annotations

from datetime import date

from kiosk.content.rules import Outcome
from kiosk.engine.assessment import Assessment
from kiosk.engine.screening import Suitability
from tests.core.clients import TODAY, Client

NEEDLING = ("microneedling", "rf_microneedling", "microneedling_prp")


def rules_fired(assessment: Assessment) -> list[str]:
    return [flag.rule for flag in assessment.screening.flags]


def standing(assessment: Assessment, code: str) -> Suitability:
    return assessment.screening.treatments[code].suitability


def test_a_clean_client_is_suitable_for_everything_and_gets_a_scheduled_plan(
    client: Client,
) -> None:
    result = client()

    assert result.complete
    assert rules_fired(result) == []
    assert {s.suitability for s in result.screening.treatments.values()} == {Suitability.SUITABLE}
    assert result.status is Suitability.SUITABLE
    plan = result.plan
    assert plan.treatment == "microneedling"
    assert plan.earliest_date == TODAY
    assert plan.sessions == 3
    assert plan.interval_weeks == 4
    # First session a week out (the clinic's lead time), then every 4 weeks;
    # 26 December falls in the Christmas closure, so the course moves on a few days.
    assert plan.dates == (date(2026, 11, 28), date(2026, 12, 29), date(2027, 1, 26))
    # Acne scars need deeper needling than texture alone: the range spans both.
    assert plan.depth_mm == (0.5, 2.0)
    assert plan.cost is not None
    assert plan.cost.currency == "GBP"
    assert plan.cost.course == (plan.cost.per_session[0] * 3, plan.cost.per_session[1] * 3)
    assert plan.aftercare is not None
    assert plan.aftercare[0] == "needling"
    # Microdermabrasion smooths texture but does nothing for acne scars: last.
    assert plan.alternatives[-1] == "microdermabrasion"


def test_pregnancy_rules_out_every_treatment(client: Client) -> None:
    result = client(pregnant_or_breastfeeding=True)

    assert rules_fired(result) == ["pregnancy"]
    flag = result.screening.flags[0]
    assert flag.outcome is Outcome.STOP
    assert dict(flag.answers) == {"pregnant_or_breastfeeding": True}
    assert set(flag.treatments) == set(result.screening.treatments)
    assert result.status is Suitability.NOT_SUITABLE
    assert result.plan.treatment is None
    assert result.plan.dates == ()
    assert result.plan.earliest_date is None


def test_isotretinoin_three_months_ago_defers_until_six_months_after_the_last_dose(
    client: Client,
) -> None:
    result = client(isotretinoin_taken=True, isotretinoin_last_dose="2026-08-21")

    assert rules_fired(result) == ["isotretinoin_needling", "isotretinoin_resurfacing"]
    for flag in result.screening.flags:
        assert flag.outcome is Outcome.DEFER
        assert flag.until == date(2027, 2, 21)
        assert dict(flag.answers) == {
            "isotretinoin_taken": True,
            "isotretinoin_last_dose": date(2026, 8, 21),
        }
    assert all(standing(result, code) is Suitability.DEFER for code in result.screening.treatments)
    assert result.status is Suitability.DEFER
    assert result.plan.earliest_date == date(2027, 2, 21)
    assert result.plan.dates[0] == date(2027, 2, 22)  # the 21st is a Sunday


def test_a_waiting_period_in_calendar_months_ends_on_the_last_day_of_a_short_month(
    client: Client,
) -> None:
    result = client(isotretinoin_taken=True, isotretinoin_last_dose="2026-08-31")

    assert result.screening.flags[0].until == date(2027, 2, 28)


def test_a_waiting_period_that_is_over_raises_no_flag(client: Client) -> None:
    result = client(isotretinoin_taken=True, isotretinoin_last_dose="2026-05-21")

    assert rules_fired(result) == []
    assert result.status is Suitability.SUITABLE


def test_several_deferrals_at_once_wait_for_the_latest_date(client: Client) -> None:
    result = client(
        recent_sunburn_or_tan=True,  # 2 weeks from today: 5 December
        had_chemical_peel=True,
        last_chemical_peel="2026-11-10",  # + 4 weeks: 8 December
        had_laser=True,
        last_laser="2026-11-14",  # + 2 weeks: 28 November
    )

    until = {flag.rule: flag.until for flag in result.screening.flags}
    assert until == {
        "recent_sun": date(2026, 12, 5),
        "recent_chemical_peel": date(2026, 12, 8),
        "recent_laser": date(2026, 11, 28),
    }
    micro = result.screening.treatments["microneedling"]
    assert micro.suitability is Suitability.DEFER
    assert micro.not_before == date(2026, 12, 8)
    assert result.plan.earliest_date == date(2026, 12, 8)
    assert result.plan.dates[0] == date(2026, 12, 8)


def test_a_deferral_with_no_date_leaves_the_plan_unscheduled(client: Client) -> None:
    result = client(cold_sore_active=True, had_laser=True, last_laser="2026-11-14")

    micro = result.screening.treatments["microneedling"]
    assert micro.suitability is Suitability.DEFER
    assert micro.awaiting_healing
    assert micro.not_before == date(2026, 11, 28)
    assert result.status is Suitability.DEFER
    assert result.plan.treatment == "microneedling"
    assert result.plan.earliest_date is None
    assert result.plan.dates == ()
    assert all(step.on is None for step in result.plan.preparation)


def test_a_pacemaker_rules_out_rf_microneedling_only(client: Client) -> None:
    without = client(concerns=["laxity"])
    assert without.plan.treatment == "rf_microneedling"

    result = client(concerns=["laxity"], pacemaker=True)

    assert rules_fired(result) == ["pacemaker_rf"]
    assert result.screening.flags[0].treatments == ("rf_microneedling",)
    assert standing(result, "rf_microneedling") is Suitability.NOT_SUITABLE
    others = [code for code in result.screening.treatments if code != "rf_microneedling"]
    assert all(standing(result, code) is Suitability.SUITABLE for code in others)
    assert result.plan.treatment != "rf_microneedling"
    assert "rf_microneedling" not in result.plan.alternatives
    assert result.status is Suitability.SUITABLE


def test_skin_type_vi_with_pigmentation_needs_review_for_laser_and_prefers_needling(
    client: Client,
) -> None:
    light = client(concerns=["hyperpigmentation"], fitzpatrick_type=2)
    assert light.plan.treatment in ("chemical_peel", "laser_resurfacing")

    result = client(concerns=["hyperpigmentation"], fitzpatrick_type=6)

    assert set(rules_fired(result)) == {"darker_skin_laser", "darker_skin_peel", "darker_skin_prp"}
    laser = result.screening.treatments["laser_resurfacing"]
    assert laser.suitability is Suitability.REVIEW
    assert [flag.rule for flag in laser.flags] == ["darker_skin_laser"]
    assert dict(laser.flags[0].answers) == {"fitzpatrick_type": 6}
    assert standing(result, "microneedling") is Suitability.SUITABLE
    assert result.plan.treatment == "microneedling"
    assert result.status is Suitability.SUITABLE


def test_a_bleeding_disorder_rules_out_needling_but_leaves_a_peel(client: Client) -> None:
    result = client(bleeding_disorder=True, concerns=["hyperpigmentation", "uneven_tone"])

    assert all(standing(result, code) is Suitability.NOT_SUITABLE for code in NEEDLING)
    assert standing(result, "chemical_peel") is Suitability.SUITABLE
    assert result.plan.treatment == "chemical_peel"
    assert not set(NEEDLING) & set(result.plan.alternatives)


def test_diabetes_is_reviewed_when_controlled_and_rules_out_wounding_when_not(
    client: Client,
) -> None:
    controlled = client(diabetes="controlled")
    assert rules_fired(controlled) == ["diabetes_controlled"]
    assert controlled.status is Suitability.REVIEW

    uncontrolled = client(diabetes="uncontrolled", concerns=["texture"])
    assert rules_fired(uncontrolled) == ["diabetes_uncontrolled"]
    assert standing(uncontrolled, "microneedling") is Suitability.NOT_SUITABLE
    assert standing(uncontrolled, "microdermabrasion") is Suitability.SUITABLE
    assert uncontrolled.plan.treatment == "microdermabrasion"


def test_retinoids_add_a_dated_preparation_step(client: Client) -> None:
    result = client(topical_retinoids=True)

    assert rules_fired(result) == ["topical_retinoids"]
    assert result.status is Suitability.SUITABLE
    first = result.plan.dates[0]
    steps = {step.days_before: step for step in result.plan.preparation}
    assert steps[5].on == date(2026, 11, 23)
    assert first == date(2026, 11, 28)
    assert "retinol" in str(steps[5].text)
    assert [s.days_before for s in result.plan.preparation] == sorted(
        (s.days_before for s in result.plan.preparation), reverse=True
    )


def test_a_recent_peel_without_a_date_asks_for_review(client: Client) -> None:
    result = client(had_chemical_peel=True)

    assert rules_fired(result) == ["chemical_peel_date_unknown"]
    assert result.status is Suitability.REVIEW


def test_an_under_18_client_needs_guardian_review(client: Client) -> None:
    result = client(date_of_birth="2009-12-01")

    assert result.answers["age"] == 16
    assert rules_fired(result) == ["under_18"]
    assert result.status is Suitability.REVIEW


def test_cold_sore_history_is_reviewed_and_adds_antiviral_preparation(client: Client) -> None:
    result = client(cold_sore_history=True)

    assert rules_fired(result) == ["cold_sore_history"]
    assert result.status is Suitability.REVIEW
    assert any("antiviral" in str(step.text) for step in result.plan.preparation)
    # Microdermabrasion does not wake cold sores: the rule leaves it alone.
    assert standing(result, "microdermabrasion") is Suitability.SUITABLE
