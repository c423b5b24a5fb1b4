"""The handout and the email in the client's language: its words, dates, counts and money."""

from __future__ import annotations

from email import message_from_bytes
from pathlib import Path

from kiosk.consultation.plan_mail import MailOutbox, queue_plan_email
from kiosk.content.loader import load_content
from kiosk.content.model import Content
from kiosk.engine.assessment import assess
from kiosk.handout.render import render_handout
from kiosk.record.telling import plan_in_words
from kiosk.setup.settings import MailSecurity, Settings
from tests.core.clients import TODAY, answers_of
from tests.core.content.translated_copies import content_copy, translate
from tests.pdf import pdf_text

SPANISH = {
    "handout.yaml:title": "Su plan de tratamiento",
    "handout.yaml:prepared_for": "Preparado para {name} el {date}",
    "handout.yaml:sessions_line#one": "{sessions} sesión, {weeks_apart}",
    "handout.yaml:sessions_line#many": "{sessions} sesiones, {weeks_apart}",
    "handout.yaml:sessions_line#other": "{sessions} sesiones, {weeks_apart}",
    "handout.yaml:weeks_apart#one": "con {weeks} semana entre ellas",
    "handout.yaml:weeks_apart#many": "con {weeks} semanas entre ellas",
    "handout.yaml:weeks_apart#other": "con {weeks} semanas entre ellas",
    "handout.yaml:cost_line": (
        "De {low} a {high} el tratamiento ({per_low} a {per_high} por sesión)"
    ),
    "handout.yaml:email_subject": "Su plan de {clinic}",
    "handout.yaml:email_greeting": "Hola:",
    "treatments.yaml:treatments/microneedling/name": "Micropunción",
    "rules.yaml:rules/isotretinoin_needling/client_text": (
        "La micropunción espera hasta la fecha indicada."
    ),
}


def spanish_content(tmp_path: Path) -> Content:
    folder = content_copy(tmp_path, "[en, es]")
    translate(folder, "es", lambda context, _english: SPANISH.get(context))
    return load_content(folder)


def test_the_printed_plan_speaks_the_clients_language(tmp_path: Path) -> None:
    content = spanish_content(tmp_path)
    assessment = assess(
        content,
        answers_of(content, isotretinoin_taken=True, isotretinoin_last_dose="2026-08-31"),
        TODAY,
    )

    text = pdf_text(render_handout(plan_in_words(content, assessment, "es"), reproducible=True))

    assert "Su plan de tratamiento" in text
    assert "Preparado para Ana Silva el sábado, 21 de noviembre de 2026" in text
    assert "Micropunción" in text
    assert "3 sesiones, con 4 semanas entre ellas" in text
    assert "lunes, 1 de marzo de 2027" in text
    assert "De 540 £ a 750 £ el tratamiento (180 £ a 250 £ por sesión)" in text
    assert "La micropunción espera hasta la fecha indicada." in text
    # A text nobody translated yet reads in the clinic's language, not blank.
    assert "Call us on 0117 496 0000" in text


def test_the_emailed_plan_speaks_the_clients_language(tmp_path: Path) -> None:
    content = spanish_content(tmp_path)
    assessment = assess(content, answers_of(content, email="ana@example.org"), TODAY)
    outbox = MailOutbox(tmp_path / "mail")
    settings = Settings(
        mail_host="127.0.0.1",
        mail_security=MailSecurity.NONE,
        mail_from="plans@harbour.example.org",
    )

    queued = queue_plan_email(settings, outbox, content, assessment, language="es", public_id="c-1")

    assert queued
    message = message_from_bytes((tmp_path / "mail" / "c-1.eml").read_bytes())
    assert message["Subject"] == "Su plan de Harbour Skin Clinic"
    body = next(part for part in message.walk() if part.get_content_type() == "text/plain")
    assert str(body.get_payload(decode=True).decode("utf-8")).startswith("Hola:")
