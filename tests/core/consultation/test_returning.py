"""A returning client is found by date of birth and initials; only stable facts carry over."""

from __future__ import annotations

from datetime import date

from kiosk.consultation.intake import Intake
from kiosk.consultation.returning import Found, find_returning, stable_facts
from kiosk.consultation.session import ConsultationSession
from kiosk.consultation.since_last import since_last_visit
from kiosk.content.model import Content
from kiosk.store.consultations import ConsultationStore
from kiosk.store.models import Client as ClientRow
from kiosk.store.models import Consultation
from tests.core.clients import TODAY, FakeClock, submit_client

BORN = date(1988, 3, 14)


def test_one_client_with_that_birthday_and_initials_is_found(
    content: Content, store: ConsultationStore
) -> None:
    submit_client(content, store)
    submit_client(content, store, first_name="Bruno", last_name="Costa")

    lookup = find_returning(BORN, "as")

    assert lookup.found is Found.ONE
    assert lookup.client is not None
    assert (lookup.client.first_name, lookup.client.last_name) == ("Ana", "Silva")


def test_initials_are_folded_and_a_wrong_birthday_finds_nobody(
    content: Content, store: ConsultationStore
) -> None:
    submit_client(content, store, first_name="Ánа".replace("а", "a"), last_name="silva")

    assert find_returning(BORN, " Á S ").found is Found.ONE
    assert find_returning(date(1988, 3, 15), "AS").found is Found.NOBODY
    assert find_returning(BORN, "AB").found is Found.NOBODY


def test_two_clients_alike_are_told_apart_by_the_end_of_the_mobile_number(
    content: Content, store: ConsultationStore
) -> None:
    submit_client(content, store)
    submit_client(content, store, first_name="Alice", last_name="Smith", phone="07700 900456")

    assert find_returning(BORN, "AS").found is Found.SEVERAL
    told_apart = find_returning(BORN, "AS", "456")
    assert told_apart.found is Found.ONE
    assert told_apart.client is not None
    assert told_apart.client.first_name == "Alice"
    assert find_returning(BORN, "AS", "999").found is Found.NOBODY


def test_stable_facts_carry_over_and_safety_answers_never_do(
    content: Content, store: ConsultationStore
) -> None:
    submit_client(content, store, anticoagulants=True, pregnant_or_breastfeeding=True)
    client = find_returning(BORN, "AS").client
    assert client is not None

    facts = stable_facts(content, client)

    assert facts["first_name"] == "Ana"
    assert facts["date_of_birth"] == BORN
    assert facts["phone"] == "+44 7700 900123"
    assert facts["fitzpatrick_type"] == 3
    assert "anticoagulants" not in facts
    assert "pregnant_or_breastfeeding" not in facts
    assert "concerns" not in facts


class _NoDelivery:
    """A delivery stand-in that keeps what it is given (the session's only contact with it)."""

    def __init__(self, store: ConsultationStore) -> None:
        self.store = store

    def start_draft(self, public_id: str, language: str, version: str) -> None:
        self.store.start(language, version, public_id)

    def save_draft(self, public_id: str, answers: dict[str, object]) -> None:
        self.store.save_draft(public_id, answers)

    def submit(self, submission: object) -> bool:
        self.store.submit(submission)  # type: ignore[arg-type]
        return True


def test_a_recognised_client_s_consultation_joins_their_record_with_today_s_details(
    content: Content, store: ConsultationStore, clock: FakeClock
) -> None:
    first = submit_client(content, store)
    client = find_returning(BORN, "AS").client
    assert client is not None
    session = ConsultationSession(
        Intake(content, TODAY),
        _NoDelivery(store),  # type: ignore[arg-type]
        kiosk_id="kiosk-test",
        today=lambda: TODAY,
        now=clock,
    )

    session.recognise(client)
    # The stored consent is of another notice (its hash differs): signed afresh.
    assert session.intake.notice_changed
    assert session.intake.consent.signature_png == b""
    session.intake.consent.typed_name = "Ana Silva"
    session.intake.consent.signature_png = b"png"
    session.intake.set("phone", "07700 900999")
    session.leave("consent")
    public_id = session.intake.consultation_id
    assert public_id is not None
    session.intake.consent.agreed = True
    session.intake.set("concerns", ("acne_scars",))
    session.submit()

    rows = list(ClientRow.select())
    assert len(rows) == 1
    assert rows[0].phone == "07700 900999"
    both = Consultation.select().where(Consultation.client == rows[0]).count()
    assert both == 2
    assert first != public_id


def test_staff_see_the_earlier_visit_and_what_changed_since(
    content: Content, store: ConsultationStore, clock: FakeClock
) -> None:
    first = submit_client(content, store)
    clock.advance(days=60)
    second = submit_client(content, store, anticoagulants=True, phone="07700 900999")

    since = since_last_visit(second)

    assert [visit.public_id for visit in since.earlier] == [first]
    assert any("Anticoagulant" in text for text in since.new_flags)
    changed = {answer.link_id: (answer.before, answer.now) for answer in since.changed}
    assert changed["anticoagulants"] == ("No", "Yes")
    assert changed["phone"] == ("+44 7700 900123", "07700 900999")
    assert "first_name" not in changed
    assert since_last_visit(first).first_visit
