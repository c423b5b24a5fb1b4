"""A throw-away clinic for trying the product: a few hundred realistic consultations."""

from __future__ import annotations

import math
import random
import struct
import zlib
from collections.abc import Callable
from datetime import date, datetime, timedelta

from kiosk.content.model import Content
from kiosk.content.questionnaire import ItemType
from kiosk.engine.answers import AnswerError, Answers, parse_answer, parse_answers
from kiosk.engine.assessment import assess
from kiosk.record.submission import ConsentRecord, build_submission
from kiosk.store.audit import AuditAction, AuditTrail
from kiosk.store.consultations import ConsultationStore, Status, mark_needs_print
from kiosk.store.reviews import decide
from kiosk.store.staff import Role, StaffAccounts

DEMO_USER = "demo"
DEMO_PIN = "24681357"

FIRST = [
    "Ana",
    "Zoë",
    "Li",
    "Sam",
    "Kim",
    "Jo",
    "Maria",
    "Tom",
    "Aisha",
    "Olga",
    "Noah",
    "Eva",
    "Priya",
    "Jonas",
    "Fatima",
    "Chloé",
    "Dmitri",
    "Grace",
    "Kofi",
    "Léa",
]
LAST = [
    "Silva",
    "Brontë",
    "Wei",
    "Park",
    "Bell",
    "Lopez",
    "Reed",
    "Khan",
    "Ivanova",
    "Smith",
    "Okafor",
    "Nowak",
    "Dubois",
    "Haddad",
    "Müller",
    "Papadopoulos",
    "Tanaka",
    "Evans",
]

# Answers that raise each kind of flag, so the demo shows every one.
STORIES: list[dict[str, object]] = [
    {},
    {},
    {},
    {"topical_retinoids": True},
    {"pregnant_or_breastfeeding": True},
    {"isotretinoin_taken": True, "isotretinoin_last_dose": "-90"},
    {"recent_sunburn_or_tan": True},
    {"cold_sore_history": True},
    {"anticoagulants": True},
    {"pacemaker": True, "concerns": ["laxity"]},
    {"fitzpatrick_type": 6, "concerns": ["hyperpigmentation"]},
    {"diabetes": "controlled"},
    {"had_chemical_peel": True, "last_chemical_peel": "-10"},
    {"active_infection_or_wound": True},
    {"keloid_history": True},
    {"skin_cancer_in_area": True},
]


def seed_demo(
    content: Content, accounts: StaffAccounts, audit: AuditTrail, now: datetime, count: int = 300
) -> None:
    """Fill an empty database with `count` consultations over the last two months."""
    rng = random.Random(2026)
    accounts.add(DEMO_USER, "Demo Practitioner", Role.ADMIN, DEMO_PIN)
    accounts.add("frontdesk", "Front Desk", Role.FRONT_DESK, "97531864")
    for number in range(count):
        moment = now - timedelta(minutes=rng.randrange(60 * 24 * 60)) if number > 5 else now
        store = ConsultationStore(f"kiosk-{1 + number % 2}", _clock_at(moment))
        story = dict(rng.choice(STORIES))
        answers = _answers(content, rng, moment.date(), story)
        public_id = store.start("en", content.version)
        store.save_draft(public_id, answers)
        roll = rng.random()
        if roll < 0.06:
            store.abandon(public_id)
            continue
        if roll < 0.09:
            continue  # still in progress
        assessment = assess(content, parse_answers(content, answers), moment.date())
        name = f"{answers['first_name']} {answers['last_name']}"
        consent = ConsentRecord(
            text_version="privacy-2026-11",
            text_hash=content.consent.hash_in("en", "en"),
            agreed_at=moment,
            typed_name=name,
            signature_png=sample_signature(),
        )
        store.submit(
            build_submission(
                content,
                assessment,
                consent,
                public_id=public_id,
                kiosk_id=store.kiosk_id,
                language="en",
                started_at=moment,
                submitted_at=moment,
            )
        )
        if rng.random() < 0.08:
            mark_needs_print(public_id)
        if number > 40 and rng.random() < 0.7:
            _decide(public_id, rng, moment, assessment.status.value)
    audit.record(AuditAction.DEMO_SEEDED, now, detail={"consultations": count})


def _answers(
    content: Content, rng: random.Random, day: date, story: dict[str, object]
) -> dict[str, object]:
    answers: dict[str, object] = {
        item.link_id: False
        for item in content.questionnaire.items()
        if item.type.value == "boolean"
    }
    born = day - timedelta(days=rng.randrange(18 * 365, 70 * 365))
    answers.update(
        first_name=rng.choice(FIRST),
        last_name=rng.choice(LAST),
        date_of_birth=born.isoformat(),
        phone=f"+44 7700 9{rng.randrange(10**5):05d}",
        fitzpatrick_type=rng.randrange(1, 7),
        concerns=rng.sample(
            [concern.code for concern in content.catalogue.concerns], rng.randrange(1, 4)
        ),
        diabetes="no",
    )
    for key, value in story.items():
        days_ago = value if isinstance(value, str) and value.startswith("-") else None
        answers[key] = (day - timedelta(days=int(days_ago[1:]))).isoformat() if days_ago else value
    return answers


def _clock_at(moment: datetime) -> Callable[[], datetime]:
    def clock() -> datetime:
        return moment

    return clock


def _decide(public_id: str, rng: random.Random, moment: datetime, status: str) -> None:
    later = moment + timedelta(hours=rng.randrange(1, 48))
    if status == "not_suitable":
        decide(public_id, DEMO_USER, Status.DECLINED, later, note="Not suitable today; referred.")
    elif status == "defer":
        decide(
            public_id,
            DEMO_USER,
            Status.DEFERRED,
            later,
            deferred_until=(later + timedelta(days=60)).date(),
        )
    else:
        choice = Status.APPROVED if rng.random() < 0.8 else Status.FOLLOW_UP
        decide(public_id, DEMO_USER, choice, later, note="Reviewed with the client.")


# A typical client with nothing to flag: the self-test's and the benchmarks' client.
TYPICAL_CLIENT: dict[str, object] = {
    "first_name": "Ana",
    "last_name": "Silva",
    "date_of_birth": "1988-03-14",
    "phone": "+44 7700 900123",
    "fitzpatrick_type": 3,
    "concerns": ["acne_scars", "texture"],
    "diabetes": "no",
}


def typical_client(content: Content) -> Answers:
    """The typical client's answers to the questions `content` asks, every yes/no a "no".

    A clinic's own content may lack some of these questions or options; those
    answers are left out rather than refused.
    """
    items = content.questionnaire.by_link_id
    raw: dict[str, object] = {
        link_id: False for link_id, item in items.items() if item.type is ItemType.BOOLEAN
    }
    raw.update(TYPICAL_CLIENT)
    kept: dict[str, object] = {}
    for link_id, value in raw.items():
        item = items.get(link_id)
        if item is None:
            continue
        try:
            parse_answer(content, item, value)
        except AnswerError:
            continue
        kept[link_id] = value
    return parse_answers(content, kept)


def sample_signature() -> bytes:
    """A small PNG of a wavy line: the demo's stand-in for a drawn signature."""
    width, height = 240, 60
    rows = []
    for y in range(height):
        row = bytearray([0])  # no filter
        for x in range(width):
            wave = 30 + int(18 * math.sin(x / 14))
            row.append(40 if abs(y - wave) <= 1 and 20 < x < 220 else 255)
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows)))
        + chunk(b"IEND", b"")
    )
