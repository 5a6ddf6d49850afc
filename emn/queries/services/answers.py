"""A country's response: saving answers without losing anyone's work, attachments, submission."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from emn.contributions import services as engine
from emn.contributions.models import Contribution
from emn.contributions.services import StaleContribution
from emn.core import audit
from emn.queries import permissions
from emn.queries.attachments import check_upload
from emn.queries.models import Answer, Attachment, Question
from emn.queries.question_types import clean_value, is_empty, question_label
from emn.search.indexing import index_later

ATTACHMENT_FIELDS = ("contribution", "name", "media_type", "size", "uploaded_by")


def _attachment_state(attachment: Attachment) -> dict[str, Any]:
    return {**audit.snapshot(attachment, ATTACHMENT_FIELDS), "file": attachment.file.name}


def _deny(allowed: bool, message: str) -> None:
    if not allowed:
        raise PermissionDenied(message)


def stored_answers(contribution: Contribution) -> dict[int, dict[str, Any]]:
    """What is stored now, per question id: value and comment."""
    return {
        a.question_id: {"value": a.value, "comment": a.comment}
        for a in Answer.objects.filter(contribution=contribution)
    }


def _questions(contribution: Contribution, ids: set[Any]) -> dict[int, Question]:
    questions = {q.pk: q for q in Question.objects.filter(query__request=contribution.request_id)}
    try:
        wanted = {int(pk) for pk in ids}
    except (TypeError, ValueError) as exc:
        raise ValidationError(_("Unknown question.")) from exc
    unknown = wanted - set(questions)
    if unknown:
        raise ValidationError(
            _("These questions are not part of this query: %s")
            % ", ".join(str(pk) for pk in sorted(unknown))
        )
    return questions


def _cleaned(
    questions: dict[int, Question], answers: dict[Any, Any], comments: dict[Any, Any]
) -> tuple[dict[int, Any], dict[int, str]]:
    """Every value checked before anything is written; all errors reported together."""
    values: dict[int, Any] = {}
    errors: list[ValidationError] = []
    for pk, raw in answers.items():
        try:
            values[int(pk)] = clean_value(questions[int(pk)], raw)
        except ValidationError as exc:
            errors.append(exc)
    notes: dict[int, str] = {}
    for pk, text in comments.items():
        if not isinstance(text, str):
            errors.append(
                ValidationError(
                    _("%s: the comment must be text.") % question_label(questions[int(pk)])
                )
            )
        else:
            notes[int(pk)] = text.strip()
    if errors:
        raise ValidationError(errors)
    return values, notes


def save_answers(
    actor: Any,
    contribution: Contribution,
    answers: dict[Any, Any],
    comments: dict[Any, str] | None = None,
    *,
    expected_version: int,
    publishable: bool | None = None,
) -> int:
    """Save some answers of a country's response; returns the new version.

    Rule: all or nothing: every value must fit its question; a save based on an older
    version raises `StaleContribution` carrying the stored answers (`exc.stored`) and writes
    nothing. Permission: `can_answer`. Audit: `queries.save_answers` (and `contributions.save`).
    """
    _deny(permissions.can_answer(actor, contribution), _("You may not answer for this country."))
    comments = comments or {}
    questions = _questions(contribution, set(answers) | set(comments))
    values, notes = _cleaned(questions, answers, comments)
    try:
        with transaction.atomic():
            version = engine.touch_contribution(actor, contribution, expected_version)
            before = stored_answers(contribution)
            for pk in sorted(set(values) | set(notes)):
                defaults: dict[str, Any] = {}
                if pk in values:
                    defaults["value"] = values[pk]
                if pk in notes:
                    defaults["comment"] = notes[pk]
                Answer.objects.update_or_create(
                    contribution=contribution, question_id=pk, defaults=defaults
                )
            if publishable is not None:
                Contribution.objects.filter(pk=contribution.pk).update(publishable=publishable)
                contribution.publishable = publishable
            after = stored_answers(contribution)
            changed = {str(pk) for pk in after if after[pk] != before.get(pk)}
            audit.record(
                actor,
                "queries.save_answers",
                contribution,
                before={pk: before[int(pk)] for pk in changed if int(pk) in before},
                after={
                    **{pk: after[int(pk)] for pk in changed},
                    "version": version,
                    "publishable": contribution.publishable,
                },
            )
            index_later(contribution)
    except StaleContribution as exc:
        exc.stored = {"version": exc.stored_version, "answers": stored_answers(contribution)}
        raise
    return version


def add_attachment(actor: Any, contribution: Contribution, uploaded_file: Any) -> Attachment:
    """Attach a document (PDF, DOCX, XLSX, ODT, checked by content, within the size limit).

    Permission: `can_answer`. Audit: `queries.add_attachment`.
    """
    _deny(permissions.can_answer(actor, contribution), _("You may not answer for this country."))
    media_type = check_upload(uploaded_file)
    name = str(uploaded_file.name).rsplit("/", 1)[-1]
    with transaction.atomic():
        attachment = Attachment(
            contribution=contribution,
            name=name,
            media_type=media_type,
            size=uploaded_file.size,
            uploaded_by=actor,
        )
        attachment.file.save(name, uploaded_file, save=False)
        attachment.save()
        audit.record(
            actor,
            "queries.add_attachment",
            attachment,
            after=_attachment_state(attachment),
            country_id=contribution.country_id,
        )
    return attachment


def remove_attachment(actor: Any, attachment: Attachment) -> None:
    """Remove an attachment; the file goes once the removal is committed.

    Permission: `can_answer`. Audit: `queries.remove_attachment`.
    """
    contribution = attachment.contribution
    _deny(permissions.can_answer(actor, contribution), _("You may not answer for this country."))
    with transaction.atomic():
        audit.record(
            actor,
            "queries.remove_attachment",
            attachment,
            before=_attachment_state(attachment),
            country_id=contribution.country_id,
        )
        storage, path = attachment.file.storage, attachment.file.name
        attachment.delete()
        if path:
            transaction.on_commit(lambda: storage.delete(path))


def submit_response(actor: Any, contribution: Contribution) -> Contribution:
    """Submit a country's response once every required question is answered.

    Permission: `can_submit_response` (the country's coordinator only). Audit:
    `contributions.submitted`.
    """
    _deny(
        permissions.can_submit_response(actor, contribution),
        _("Only the coordinator of %(country)s may submit.") % {"country": contribution.country},
    )
    values = dict(
        Answer.objects.filter(contribution=contribution).values_list("question_id", "value")
    )
    missing = [
        question_label(q)
        for q in Question.objects.filter(query__request=contribution.request_id, required=True)
        if is_empty(q, values.get(q.pk))
    ]
    if missing:
        raise ValidationError(
            _("Answer the required questions first: %s") % "; ".join(missing), code="required"
        )
    return engine.submit_contribution(actor, contribution)


def return_response(actor: Any, contribution: Contribution, reason: str) -> Contribution:
    """Return a submitted response to its country for changes, with a reason.

    Permission: `can_return_response` (the asker). Audit: `contributions.returned`.
    """
    _deny(
        permissions.can_return_response(actor, contribution),
        _("Only the asker may return a response."),
    )
    return engine.return_contribution(actor, contribution, reason)
