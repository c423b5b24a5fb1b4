"""A client asks for the front desk: stored now, or tried again while they walk over."""

from __future__ import annotations

import logging
from enum import StrEnum

from kiosk.consultation.delivery import Delivery, drop_connection, in_words
from kiosk.store.database import ensure_schema
from kiosk.store.help_requests import HelpRequest, record_help_request

log = logging.getLogger(__name__)


class HelpAnswer(StrEnum):
    """What the client is told after asking for help."""

    COMING = "coming"  # the desk's queue shows the request: someone is coming
    GO_TO_DESK = "go_to_desk"  # the database did not take it now: please walk to the desk


def call_front_desk(request: HelpRequest, delivery: Delivery) -> HelpAnswer:
    """Store the help request, for the staff queue to show (run off the screen's thread).

    If the database is busy or away the request is handed to the delivery,
    which stores it once the database answers; the client, meanwhile, is
    asked to go to the desk rather than wait for someone who does not know.
    """
    try:
        ensure_schema()  # a clinic server away at start-up, now back
        record_help_request(request)
    except Exception as error:  # every driver has its own types
        log.warning(
            "help request from kiosk %s waits for the database: %s",
            request.kiosk_id,
            in_words(error),
        )
        drop_connection()
        delivery.ask_for_help(request)
        return HelpAnswer.GO_TO_DESK
    return HelpAnswer.COMING
