"""API views of the network.

Every queryset starts from `Model.objects.visible_to(request.user)`, nested objects included
(they are prefetched through the same guard), so a row hidden from the reader is absent from
lists, counts, details and nesting alike, and a hidden object answers 404 exactly like a
missing one. Writes parse their input, then call the service.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch, QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, status
from rest_framework.request import Request
from rest_framework.response import Response

from emn.accounts.roles import is_commission
from emn.api.language import LANG_PARAMETERS
from emn.api.schema import NOT_FOUND, WRITE_ERRORS
from emn.api.viewsets import ReadOnlyViewSet, WritableViewSet
from emn.network import filters, services
from emn.network.api import inputs, serializers
from emn.network.models import (
    Country,
    ExpertGroup,
    NationalContactPoint,
    NcpFunding,
    NetworkPartner,
    Organisation,
    Researcher,
)

CODE = "[A-Za-z]{2}"


def visible_organisations(user: Any) -> QuerySet[Organisation]:
    """The organisations `user` may read: the one source for lists, details and nesting."""
    return Organisation.objects.visible_to(user).select_related("country")


def _read_docs(noun: str, serializer: Any) -> Any:
    """The list and detail descriptions shared by every read-only resource."""
    return extend_schema_view(
        list=extend_schema(summary=f"List {noun}", parameters=LANG_PARAMETERS),
        retrieve=_retrieve_docs(f"One of the {noun}", serializer),
    )


def _retrieve_docs(summary: str, serializer: Any) -> Any:
    return extend_schema(
        summary=summary, parameters=LANG_PARAMETERS, responses={200: serializer, 404: NOT_FOUND}
    )


class CodeLookupMixin:
    """Objects looked up by a country code in the URL, accepted in either case (`el`, `EL`)."""

    kwargs: dict[str, Any]
    lookup_url_kwarg: str | None = "code"
    lookup_value_regex = CODE

    def get_object(self) -> Any:
        self.kwargs["code"] = self.kwargs["code"].upper()
        return super().get_object()  # type: ignore[misc]


@_read_docs("countries", serializers.CountrySerializer)
class CountryViewSet(CodeLookupMixin, ReadOnlyViewSet):
    """The countries of the network; names come in the requested language."""

    serializer_class = serializers.CountrySerializer
    filterset_class = filters.CountryFilter
    lookup_field = "code"

    def get_queryset(self) -> QuerySet[Country]:
        return Country.objects.visible_to(self.request.user).order_by("code")


@extend_schema_view(
    list=extend_schema(summary="List organisations", parameters=LANG_PARAMETERS),
    retrieve=_retrieve_docs("One organisation", serializers.OrganisationSerializer),
    create=extend_schema(
        summary="Add an organisation",
        description="The Commission adds any organisation; an NCP coordinator adds those of "
        "their own country.",
        request=inputs.OrganisationInput,
        responses={201: serializers.OrganisationSerializer, **WRITE_ERRORS},
    ),
    partial_update=extend_schema(
        summary="Change an organisation",
        description="The Commission, or a coordinator of the organisation's country (who may "
        "not move it to another country).",
        request=inputs.OrganisationInput,
        responses={200: serializers.OrganisationSerializer, 404: NOT_FOUND, **WRITE_ERRORS},
    ),
)
class OrganisationViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, WritableViewSet):
    """Organisations of the network: ministries, agencies, IOM offices, institutes, NGOs."""

    serializer_class = serializers.OrganisationSerializer
    filterset_class = filters.OrganisationFilter

    def get_queryset(self) -> QuerySet[Organisation]:
        return (
            visible_organisations(self.request.user)
            .prefetch_related("expertise", "countries_covered")
            .order_by("name", "pk")
        )

    def create(self, request: Request) -> Response:
        given = inputs.OrganisationInput(data=request.data, context=self.get_serializer_context())
        given.is_valid(raise_exception=True)
        organisation = services.create_organisation(request.user, **given.validated_data)
        return Response(self.get_serializer(organisation).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request: Request, pk: str) -> Response:
        organisation = self.get_object()
        given = inputs.OrganisationInput(
            organisation, data=request.data, partial=True, context=self.get_serializer_context()
        )
        given.is_valid(raise_exception=True)
        services.update_organisation(request.user, organisation, **given.validated_data)
        return Response(self.get_serializer(organisation).data)


@extend_schema_view(
    list=extend_schema(summary="List National Contact Points", parameters=LANG_PARAMETERS),
    retrieve=_retrieve_docs("The NCP of one country", serializers.NcpSerializer),
    create=extend_schema(
        summary="Record a National Contact Point",
        description="The Commission only; one NCP per participating country.",
        request=inputs.NcpInput,
        responses={201: serializers.NcpSerializer, **WRITE_ERRORS},
    ),
    partial_update=extend_schema(
        summary="Change an NCP's details",
        description="The Commission, or a coordinator of that NCP.",
        request=inputs.NcpChangeInput,
        responses={200: serializers.NcpSerializer, 404: NOT_FOUND, **WRITE_ERRORS},
    ),
)
class NcpViewSet(
    CodeLookupMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, WritableViewSet
):
    """NCPs by country code, with their coordinator, organisations, partners and funding."""

    serializer_class = serializers.NcpSerializer
    lookup_field = "country__code"

    def get_queryset(self) -> QuerySet[NationalContactPoint]:
        user = self.request.user
        organisations = visible_organisations(user)
        partners = (
            NetworkPartner.objects.visible_to(user)
            .filter(organisation__in=organisations)
            .select_related("organisation__country")
        )
        return (
            NationalContactPoint.objects.visible_to(user)
            .select_related("country")
            .prefetch_related(
                # A hidden organisation prefetches as None, so it never reaches the serializer.
                Prefetch("coordinator", queryset=organisations),
                Prefetch("designated_by", queryset=organisations),
                Prefetch("organisations", queryset=organisations),
                Prefetch("partners", queryset=partners),
                Prefetch("funding", queryset=NcpFunding.objects.visible_to(user)),
            )
            .order_by("country__code")
        )

    def create(self, request: Request) -> Response:
        given = inputs.NcpInput(data=request.data, context=self.get_serializer_context())
        given.is_valid(raise_exception=True)
        ncp = services.create_ncp(request.user, **given.validated_data)
        fresh = self.get_queryset().get(pk=ncp.pk)
        return Response(self.get_serializer(fresh).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request: Request, code: str) -> Response:
        ncp = self.get_object()
        given = inputs.NcpChangeInput(
            ncp, data=request.data, partial=True, context=self.get_serializer_context()
        )
        given.is_valid(raise_exception=True)
        services.update_ncp(request.user, ncp, **given.validated_data)
        return Response(self.get_serializer(self.get_queryset().get(pk=ncp.pk)).data)


@_read_docs("researchers in the directory", serializers.ResearcherSerializer)
class ResearcherViewSet(ReadOnlyViewSet):
    """The directory of researchers; erased entries are kept for the Commission only."""

    serializer_class = serializers.ResearcherSerializer
    filterset_class = filters.ResearcherFilter

    def get_queryset(self) -> QuerySet[Researcher]:
        user = self.request.user
        researchers = Researcher.objects.visible_to(user)
        if not is_commission(user):
            researchers = researchers.filter(erased_at__isnull=True)
        return researchers.prefetch_related(
            Prefetch("affiliation", queryset=visible_organisations(user)),
            "expertise",
            "countries",
        ).order_by("name", "pk")


@_read_docs("research institutes in the directory", serializers.OrganisationSerializer)
class InstituteViewSet(ReadOnlyViewSet):
    """The directory's institutes: organisations listed in it."""

    serializer_class = serializers.OrganisationSerializer
    filterset_class = filters.InstituteFilter

    def get_queryset(self) -> QuerySet[Organisation]:
        return (
            visible_organisations(self.request.user)
            .filter(in_directory=True)
            .prefetch_related("expertise", "countries_covered")
            .order_by("name", "pk")
        )


@_read_docs("expert groups", serializers.ExpertGroupSerializer)
class ExpertGroupViewSet(ReadOnlyViewSet):
    """Standing expert groups; their members are people holding the expert-group role."""

    serializer_class = serializers.ExpertGroupSerializer

    def get_queryset(self) -> QuerySet[ExpertGroup]:
        return ExpertGroup.objects.visible_to(self.request.user).prefetch_related("themes")
