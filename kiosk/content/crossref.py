"""Checks that the content files agree with each other (linkIds, codes, names)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from kiosk.content.errors import Problem
from kiosk.content.model import CONCERNS_ITEM, DATE_OF_BIRTH_ITEM, DERIVED_VALUES, Content
from kiosk.content.placeholders import placeholders, stray_braces
from kiosk.content.questionnaire import Condition, Item, ItemType, Operator
from kiosk.content.rules import Rule
from kiosk.content.yaml_source import PathKey, YamlSource

ORDERED_TYPES = (ItemType.NUMBER, ItemType.DATE)
TYPE_OF_CONSTRAINT = {
    "not_in_future": (ItemType.DATE,),
    "age_between": (ItemType.DATE,),
    "between": (ItemType.NUMBER,),
    "pattern": (ItemType.TEXT,),
    "length": (ItemType.TEXT,),
    "count": (ItemType.MULTI_CHOICE,),
}


def check_references(content: Content, sources: dict[str, YamlSource]) -> list[Problem]:
    """Every disagreement between the content files, located in the file at fault."""
    return [
        *_questionnaire(content, sources["questionnaire.yaml"]),
        *_catalogue(content, sources["concerns.yaml"], sources["treatments.yaml"]),
        *_rules(content, sources["rules.yaml"]),
        *_references(content, sources["references.yaml"]),
        *_clinic(content, sources["clinic.yaml"]),
        *_skin_type(content, sources["skin_type.yaml"]),
    ]


def _questionnaire(content: Content, source: YamlSource) -> Iterator[Problem]:
    seen_items: dict[str, int] = {}
    seen_pages: set[str] = set()
    order: dict[str, tuple[int, int]] = {}
    for page_index, page in enumerate(content.questionnaire.pages):
        if page.id in seen_pages:
            yield source.problem(("pages", page_index, "id"), f"page id '{page.id}' is used twice")
        seen_pages.add(page.id)
        for item_index, item in enumerate(page.items):
            order.setdefault(item.link_id, (page_index, item_index))
    for page_index, page in enumerate(content.questionnaire.pages):
        for item_index, item in enumerate(page.items):
            at = ("pages", page_index, "items", item_index)
            if item.link_id in seen_items:
                yield source.problem(
                    (*at, "linkId"),
                    f"linkId '{item.link_id}' is already used on line {seen_items[item.link_id]}",
                )
            else:
                seen_items[item.link_id] = source.line_of((*at, "linkId")) or 0
            for index, condition in enumerate(item.enable_when):
                where = (*at, "enableWhen", index)
                yield from _condition(content, source, where, condition)
                target = order.get(condition.question)
                if target is None:
                    continue
                if condition.question == item.link_id:
                    yield source.problem((*where, "question"), "an item cannot depend on itself")
                elif target[0] > page_index:
                    yield source.problem(
                        (*where, "question"),
                        f"'{condition.question}' is on a later page; an item can only depend "
                        "on questions asked before it",
                    )
                elif target > (page_index, item_index):
                    yield source.problem(
                        (*where, "question"),
                        f"'{condition.question}' comes later on this page; move it above",
                    )
            for index, constraint in enumerate(item.constraints):
                if item.type not in TYPE_OF_CONSTRAINT[constraint.kind]:
                    yield source.problem(
                        (*at, "constraints", index, "kind"),
                        f"'{constraint.kind}' does not apply to a {item.type} item",
                    )
    yield from _engine_items(content, source)


def _engine_items(content: Content, source: YamlSource) -> Iterator[Problem]:
    items = content.questionnaire.by_link_id
    concerns = items.get(CONCERNS_ITEM)
    if concerns is None or concerns.type is not ItemType.MULTI_CHOICE:
        yield source.problem(("pages",), f"a multi-choice item '{CONCERNS_ITEM}' is needed")
    elif concerns.options_from != "concerns":
        known = set(content.catalogue.concern)
        codes = {str(option.code) for option in concerns.options}
        if codes - known:
            yield source.problem(
                ("pages",),
                f"'{CONCERNS_ITEM}' has options that are not in concerns.yaml: "
                + ", ".join(sorted(codes - known)),
            )
    birth = items.get(DATE_OF_BIRTH_ITEM)
    if birth is None or birth.type is not ItemType.DATE:
        yield source.problem(("pages",), f"a date item '{DATE_OF_BIRTH_ITEM}' is needed")


def _condition(
    content: Content,
    source: YamlSource,
    where: tuple[str | int, ...],
    condition: Condition,
) -> Iterator[Problem]:
    """A condition names a known question and compares it with a value of its kind."""
    items = content.questionnaire.by_link_id
    if condition.question in DERIVED_VALUES:
        kind = DERIVED_VALUES[condition.question]
        item: Item | None = None
    elif condition.question in items:
        item = items[condition.question]
        kind = item.type
    else:
        yield source.problem((*where, "question"), f"no question has linkId '{condition.question}'")
        return
    if kind is ItemType.DISPLAY:
        yield source.problem((*where, "question"), "a display item has no answer to test")
        return
    if condition.operator is Operator.EXISTS:
        return
    value = condition.answer
    at = (*where, "answer")
    if condition.operator not in (Operator.EQUALS, Operator.NOT_EQUALS):
        numeric_codes = item is not None and all(
            isinstance(option.code, int) for option in content.options_of(item.link_id)
        )
        if kind not in ORDERED_TYPES and not (kind is ItemType.CHOICE and numeric_codes):
            yield source.problem(
                (*where, "operator"), f"'{condition.operator}' cannot compare a {kind} answer"
            )
            return
    if kind is ItemType.BOOLEAN and not isinstance(value, bool):
        yield source.problem(at, "this question is answered yes or no: use true or false")
    elif kind is ItemType.NUMBER and (
        isinstance(value, bool) or not isinstance(value, int | float)
    ):
        yield source.problem(at, "this question takes a number")
    elif kind is ItemType.DATE and not _is_iso_date(value):
        yield source.problem(at, "this question takes a date written YYYY-MM-DD")
    elif kind is ItemType.TEXT and not isinstance(value, str):
        yield source.problem(at, "this question takes text")
    elif kind in (ItemType.CHOICE, ItemType.MULTI_CHOICE) and item is not None:
        codes = [option.code for option in content.options_of(item.link_id)]
        if isinstance(value, bool) or value not in codes:
            yield source.problem(
                at,
                f"'{value}' is not an option of '{item.link_id}' "
                f"(its options: {', '.join(str(code) for code in codes)})",
            )


def _is_iso_date(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _treatment_names(
    content: Content, source: YamlSource, where: Sequence[str | int], names: Sequence[str]
) -> Iterator[Problem]:
    known = set(content.catalogue.treatment) | set(content.catalogue.groups) | {"all"}
    for index, name in enumerate(names):
        if name not in known:
            yield source.problem(
                (*where, index),
                f"'{name}' is not a treatment or group (known: {', '.join(sorted(known))})",
            )


def _catalogue(content: Content, concerns: YamlSource, treatments: YamlSource) -> Iterator[Problem]:
    catalogue = content.catalogue
    seen: set[str] = set()
    for index, concern in enumerate(catalogue.concerns):
        if concern.code in seen:
            yield concerns.problem(("concerns", index, "code"), f"'{concern.code}' is used twice")
        seen.add(concern.code)
    seen = set()
    for index, treatment in enumerate(catalogue.treatments):
        at = ("treatments", index)
        if treatment.code in seen:
            yield treatments.problem((*at, "code"), f"'{treatment.code}' is used twice")
        seen.add(treatment.code)
        for code in sorted(set(treatment.fit) - set(catalogue.concern)):
            yield treatments.problem((*at, "fit", code), f"'{code}' is not in concerns.yaml")
        for code in catalogue.concern:
            if code not in treatment.fit:
                yield treatments.problem((*at, "fit"), f"give a fit score (0-3) for '{code}'")
        if treatment.preparation not in content.care.preparation:
            yield treatments.problem(
                (*at, "preparation"), f"care.yaml has no preparation list '{treatment.preparation}'"
            )
        if treatment.aftercare not in content.care.aftercare:
            yield treatments.problem(
                (*at, "aftercare"), f"care.yaml has no aftercare sheet '{treatment.aftercare}'"
            )
    yield from _needle_depths(content, concerns)
    for group, members in catalogue.groups.items():
        if group in catalogue.treatment or group == "all":
            yield treatments.problem(("groups", group), f"'{group}' is already a treatment's name")
        for index, code in enumerate(members):
            if code not in catalogue.treatment:
                yield treatments.problem(("groups", group, index), f"'{code}' is not a treatment")


def _needle_depths(content: Content, concerns: YamlSource) -> Iterator[Problem]:
    """A concern's depth lies within the range of every needling treatment that helps it,
    so a plan never proposes a depth the treatment does not reach."""
    for index, concern in enumerate(content.catalogue.concerns):
        depth = concern.needle_depth_mm
        if depth is None:
            continue
        for treatment in content.catalogue.treatments:
            limits = treatment.needle_depth_mm
            if limits is None or treatment.fit.get(concern.code, 0) == 0:
                continue
            if depth.min < limits.min or depth.max > limits.max:
                yield concerns.problem(
                    ("concerns", index, "needle_depth_mm"),
                    f"{depth.min:g}-{depth.max:g} mm is outside the range of "
                    f"'{treatment.code}' in treatments.yaml ({limits.min:g}-{limits.max:g} mm)",
                )
                break


def _rules(content: Content, source: YamlSource) -> Iterator[Problem]:
    seen: set[str] = set()
    items = content.questionnaire.by_link_id
    known_references = content.references.by_id()
    for index, rule in enumerate(content.rules.rules):
        at = ("rules", index)
        if rule.id in seen:
            yield source.problem((*at, "id"), f"rule id '{rule.id}' is used twice")
        seen.add(rule.id)
        for number, condition in enumerate(rule.when):
            yield from _condition(content, source, (*at, "when", number), condition)
        yield from _treatment_names(content, source, (*at, "treatments"), rule.treatments)
        yield from _client_text_placeholders(content, source, (*at, "client_text"), rule)
        for number, cited in enumerate(rule.source):
            if cited not in known_references:
                yield source.problem(
                    (*at, "source", number),
                    f"no reference has id '{cited}' (the ids are in references.yaml)",
                )
        window = rule.window
        if window is None:
            continue
        after = items.get(window.after)
        if window.after != "today" and (after is None or after.type is not ItemType.DATE):
            yield source.problem(
                (*at, "window", "after"), f"'{window.after}' is not a date question (or 'today')"
            )
        if window.setting is not None and window.setting not in content.clinic.waiting_periods:
            yield source.problem(
                (*at, "window", "setting"),
                f"clinic.yaml has no waiting period '{window.setting}' "
                f"(it has: {', '.join(sorted(content.clinic.waiting_periods))})",
            )


def _client_text_placeholders(
    content: Content, source: YamlSource, at: PathKey, rule: Rule
) -> Iterator[Problem]:
    """Each {linkId|fallback} names a choice the client can have made, and no brace is stray."""
    items = content.questionnaire.by_link_id
    for language, text in rule.client_text.values.items():
        where = at if len(rule.client_text.values) == 1 else (*at, language)
        if stray_braces(text):
            yield source.problem(
                where,
                "a brace that is not a placeholder; write one as "
                "{question|words used when it was not answered}",
            )
        for placeholder in placeholders(text):
            item = items.get(placeholder.link_id)
            if item is None or item.type not in (ItemType.CHOICE, ItemType.MULTI_CHOICE):
                yield source.problem(
                    where, f"'{placeholder.link_id}' in {{...}} is not a choice question"
                )


def _clinic(content: Content, source: YamlSource) -> Iterator[Problem]:
    clinic = content.clinic
    for code in sorted(set(clinic.prices) - set(content.catalogue.treatment)):
        yield source.problem(("prices", code), f"'{code}' is not a treatment")
    for code in content.catalogue.treatment:
        if code not in clinic.prices:
            yield source.problem(("prices",), f"give a price per session for '{code}'")
    logo = clinic.clinic.logo
    if logo is not None:
        path = content.directory / logo
        if not path.is_file():
            yield source.problem(
                ("clinic", "logo"), f"there is no file {logo} in the content folder"
            )
        elif path.suffix.lower() not in (".png", ".jpg", ".jpeg"):
            yield source.problem(("clinic", "logo"), "the logo should be a PNG or JPEG picture")
    if clinic.language not in clinic.languages:
        yield source.problem(("languages",), f"the content language '{clinic.language}' is missing")


def _skin_type(content: Content, source: YamlSource) -> Iterator[Problem]:
    quiz = content.skin_type_quiz
    items = content.questionnaire.by_link_id
    result = items.get(quiz.result)
    if result is None:
        yield source.problem(("result",), f"no question has linkId '{quiz.result}'")
    else:
        codes = {option.code for option in content.options_of(quiz.result)}
        if result.type is not ItemType.CHOICE or not codes <= set(range(1, 7)):
            yield source.problem(("result",), f"'{quiz.result}' should be a choice of 1 to 6")
    for index, link_id in enumerate(quiz.items):
        item = items.get(link_id)
        if item is None:
            yield source.problem(("items", index), f"no question has linkId '{link_id}'")
        elif item.type is not ItemType.CHOICE or any(o.score is None for o in item.options):
            yield source.problem(
                ("items", index), f"'{link_id}' should be a choice whose options all have a score"
            )
    if quiz.darkest is not None:
        yield from _condition(content, source, ("darkest", "when"), quiz.darkest.when)


def _references(content: Content, source: YamlSource) -> Iterator[Problem]:
    seen: set[str] = set()
    for index, reference in enumerate(content.references.references):
        if reference.id in seen:
            yield source.problem(
                ("references", index, "id"), f"reference id '{reference.id}' is used twice"
            )
        seen.add(reference.id)
