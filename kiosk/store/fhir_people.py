"""A client and their signed consent as FHIR R4 Patient, Consent and Provenance resources."""

from __future__ import annotations

import base64
import uuid
from datetime import datetime
from typing import Any

from kiosk.store.models import Client, Consent

# Stable urn:uuid names: the same client or consent gets the same fullUrl in
# every export, so a receiving system can recognise what it has seen before.
KIOSK_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:clinic-kiosk")
CLIENT_SYSTEM = "urn:clinic-kiosk:client"
NOTICE_SYSTEM = "urn:clinic-kiosk:consent-notice:"
NOTICE_HASH = "urn:clinic-kiosk:fhir:consent-notice-sha256"
SCOPE_SYSTEM = "http://terminology.hl7.org/CodeSystem/consentscope"
LOINC = "http://loinc.org"
# ASTM E1762 signature types, the value set FHIR's Signature.type is bound to.
SIGNATURE_SYSTEM = "urn:iso-astm:E1762-95:2013"
CONSENT_SIGNATURE = "1.2.840.10065.1.12.1.7"


def name_of(kind: str, key: str) -> str:
    """A stable uuid for one resource of this kiosk's data, such as ("patient", "12")."""
    return str(uuid.uuid5(KIOSK_NAMESPACE, f"{kind}:{key}"))


def patient(client: Client) -> dict[str, Any]:
    """The client: name, date of birth, phone and email."""
    resource: dict[str, Any] = {
        "resourceType": "Patient",
        "id": name_of("patient", str(client.id)),
        "identifier": [{"system": CLIENT_SYSTEM, "value": str(client.id)}],
        "name": [
            {
                "use": "official",
                "text": f"{client.first_name} {client.last_name}",
                "family": client.last_name,
                "given": [client.first_name],
            }
        ],
    }
    telecom = [
        {"system": system, "value": value}
        for system, value in (("phone", client.phone), ("email", client.email))
        if value
    ]
    if telecom:
        resource["telecom"] = telecom
    if client.date_of_birth is not None:
        resource["birthDate"] = client.date_of_birth.isoformat()
    return resource


def consent(record: Consent, public_id: str, patient_url: str) -> dict[str, Any]:
    """The privacy consent the client agreed to: which notice (version, language and hash) and
    when."""
    return {
        "resourceType": "Consent",
        "id": name_of("consent", public_id),
        # The language the notice was read in (FHIR's Resource.language), when kept.
        **({"language": record.text_language} if record.text_language else {}),
        "status": "active",
        "scope": {
            "coding": [
                {"system": SCOPE_SYSTEM, "code": "patient-privacy", "display": "Privacy Consent"}
            ]
        },
        "category": [
            {"coding": [{"system": LOINC, "code": "59284-0", "display": "Patient Consent"}]}
        ],
        "patient": {"reference": patient_url},
        "dateTime": _instant(record.agreed_at),
        # The notice the client read, by its version; its hash proves the wording.
        "policy": [{"uri": NOTICE_SYSTEM + record.text_version}],
        "extension": [{"url": NOTICE_HASH, "valueString": record.text_hash}],
    }


def signature(record: Consent, consent_url: str, patient_url: str) -> dict[str, Any]:
    """The consent's signature: a Provenance of the Consent carrying the drawn signature."""
    return {
        "resourceType": "Provenance",
        "id": name_of("provenance", consent_url),
        "target": [{"reference": consent_url}],
        "recorded": _instant(record.agreed_at),
        "agent": [{"who": {"reference": patient_url, "display": record.typed_name}}],
        "signature": [
            {
                "type": [
                    {
                        "system": SIGNATURE_SYSTEM,
                        "code": CONSENT_SIGNATURE,
                        "display": "Consent Signature",
                    }
                ],
                "when": _instant(record.agreed_at),
                "who": {"reference": patient_url, "display": record.typed_name},
                "sigFormat": "image/png",
                "data": base64.b64encode(bytes(record.signature_png)).decode("ascii"),
            }
        ],
    }


def _instant(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
