"""The directory of researchers and research institutes (Decision Art. 8(e)).

Personal data on show follows who reads: the public sees a researcher's work, affiliation
and web page; EMN members also the e-mail address; the Commission, as data controller, also
the legal basis, erased entries, and the export and erasure actions.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from emn.network import permissions, querysets, services
from emn.network.filters import InstituteFilter, ResearcherFilter
from emn.network.forms import EraseForm
from emn.network.models import Researcher
from emn.network.views.common import paginate, posted

RESEARCHERS, INSTITUTES = "researchers", "institutes"


def directory(request: HttpRequest) -> HttpResponse:
    """Researchers or institutes, one list at a time, both counted under the same filters."""
    data = request.GET.copy()
    showing = INSTITUTES if data.pop("show", [None])[0] == INSTITUTES else RESEARCHERS
    bound = data if any(data.get(key) for key in ("search", "theme", "country")) else None
    people = ResearcherFilter.for_page(
        bound, queryset=querysets.researchers(request.user), request=request
    )
    institutes = InstituteFilter.for_page(
        bound, queryset=querysets.institutes(request.user), request=request
    )
    shown = institutes if showing == INSTITUTES else people
    page = paginate(request, shown.qs)
    if showing == RESEARCHERS:
        page.object_list = querysets.with_visible_affiliations(request.user, page.object_list)
    context = {
        "filter": people,
        "showing": showing,
        "researcher_count": people.qs.count(),
        "institute_count": institutes.qs.count(),
        "page": page,
        "filtered": bound is not None,
    }
    return render(request, "network/directory.html", context)


def _researcher_or_404(request: HttpRequest, pk: int) -> Researcher:
    return get_object_or_404(querysets.researchers(request.user), pk=pk)


def researcher_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One researcher's entry; an entry the reader may not see does not exist for them."""
    user = request.user
    researcher = _researcher_or_404(request, pk)
    context = {
        "researcher": researcher,
        "affiliation": querysets.visible_organisation(user, researcher.affiliation),
        "shows_legal_basis": permissions.can_see_legal_basis(user),
        "shows_email": permissions.can_see_researcher_email(user),
        "can_export": permissions.can_export_researcher(user, researcher),
        "can_erase": permissions.can_erase_researcher(user, researcher),
    }
    return render(request, "network/researcher_detail.html", context)


@login_required
@require_POST
def researcher_export(request: HttpRequest, pk: int) -> HttpResponse:
    """Download the personal data held on a researcher (`services.export_researcher`)."""
    researcher = _researcher_or_404(request, pk)
    data = services.export_researcher(request.user, researcher)
    response = JsonResponse(data, json_dumps_params={"indent": 2, "ensure_ascii": False})
    filename = f"emn-directory-entry-{researcher.pk}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def researcher_erase(request: HttpRequest, pk: int) -> HttpResponse:
    """Ask for confirmation, then erase the entry (`services.erase_researcher`)."""
    researcher = _researcher_or_404(request, pk)
    if not permissions.can_erase_researcher(request.user, researcher):
        raise PermissionDenied
    form = EraseForm(posted(request))
    if request.method == "POST" and form.is_valid():
        services.erase_researcher(request.user, researcher)
        messages.success(
            request, _("The entry was erased; the audit trail keeps no personal data.")
        )
        return redirect("network:researcher_detail", pk=researcher.pk)
    return render(
        request, "network/researcher_erase.html", {"researcher": researcher, "form": form}
    )
