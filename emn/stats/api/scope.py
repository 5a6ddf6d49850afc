"""Which dataset and release a request reads: always through `visible_to(request.user)`.

Rule: a dataset the caller may not see answers 404 exactly like a missing one, on every
endpoint under it (releases, observations, CSV, history); so does a release number the
dataset does not have, or a dataset that has no release yet.
"""

from __future__ import annotations

from django.http import Http404
from rest_framework.request import Request

from emn.stats.api.params import release_number
from emn.stats.models import Dataset, Release


def dataset_for(request: Request, code: str) -> Dataset:
    """The dataset `code` if the caller may see it; 404 otherwise."""
    dataset = Dataset.objects.visible_to(request.user).filter(code=code).first()
    if dataset is None:
        raise Http404("No such dataset.")
    return dataset


def release_for(request: Request, code: str) -> Release:
    """The release named by `?release=N`, or the current one, of a dataset the caller sees."""
    dataset = dataset_for(request, code)
    number = release_number(request)
    releases = Release.objects.visible_to(request.user).filter(dataset=dataset)
    if number is None:
        current = dataset.current_release_id
        release = releases.filter(pk=current).first() if current is not None else None
    else:
        release = releases.filter(number=number).first()
    if release is None:
        raise Http404("No such release.")
    release.dataset = dataset
    return release
