"""API views of accounts: the caller's own account, and roles granted through the service."""

from __future__ import annotations

from typing import cast

from django.db.models import QuerySet, prefetch_related_objects
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import permissions, status, viewsets
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from emn.accounts import services
from emn.accounts.api.serializers import MeSerializer, RoleInput, RoleSerializer
from emn.accounts.models import Role, User
from emn.api.language import LanguageMixin
from emn.api.schema import NOT_FOUND, NOT_LOGGED_IN, WRITE_ERRORS
from emn.api.viewsets import THROTTLES


class MeView(LanguageMixin, APIView):
    """The logged-in caller: account details and the roles behind every permission."""

    permission_classes = [permissions.IsAuthenticated]
    throttle_classes = THROTTLES

    @extend_schema(
        summary="The logged-in user and their roles",
        responses={200: MeSerializer, 401: NOT_LOGGED_IN},
    )
    def get(self, request: Request) -> Response:
        user = cast(User, request.user)  # IsAuthenticated let only a real user through.
        prefetch_related_objects([user], "roles__country")
        return Response(MeSerializer(user, context={"request": request}).data)


@extend_schema_view(
    create=extend_schema(
        summary="Grant a role",
        description="The Commission grants any role; an NCP coordinator grants NCP and network "
        "partner roles in their own country.",
        request=RoleInput,
        responses={201: RoleSerializer, **WRITE_ERRORS},
    ),
    destroy=extend_schema(
        summary="Revoke a role",
        description="Allowed to whoever could grant it.",
        responses={204: None, 404: NOT_FOUND, **WRITE_ERRORS},
    ),
)
class RoleViewSet(LanguageMixin, viewsets.GenericViewSet):
    """Roles are granted and revoked only through the accounts services, which audit both."""

    permission_classes = [permissions.IsAuthenticated]
    throttle_classes = THROTTLES
    serializer_class = RoleSerializer

    def get_queryset(self) -> QuerySet[Role]:
        # Roles of the people the caller may see; the service decides what they may revoke.
        people = User.objects.visible_to(self.request.user)
        return Role.objects.filter(user__in=people).select_related("user", "country")

    def create(self, request: Request) -> Response:
        given = RoleInput(data=request.data, context=self.get_serializer_context())
        given.is_valid(raise_exception=True)
        data = given.validated_data
        role = services.grant_role(
            request.user,
            data["user"],
            data["kind"],
            country=data.get("country"),
            expert_group=data.get("expert_group"),
        )
        return Response(self.get_serializer(role).data, status=status.HTTP_201_CREATED)

    def destroy(self, request: Request, pk: str) -> Response:
        services.revoke_role(request.user, self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)
