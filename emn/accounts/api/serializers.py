"""How people and roles read in the API, and the shape of a role to grant."""

from __future__ import annotations

from django.db.models import QuerySet
from rest_framework import serializers

from emn.accounts.models import Role, User
from emn.accounts.roles import is_commission, is_emn_member
from emn.network.api.fields import CountryCodeField
from emn.network.models import Country, ExpertGroup


class RoleSerializer(serializers.ModelSerializer):
    kind_label = serializers.SerializerMethodField()
    country: serializers.SlugRelatedField[Country] = serializers.SlugRelatedField(
        slug_field="code", read_only=True, allow_null=True
    )

    class Meta:
        model = Role
        fields = ["id", "user", "kind", "kind_label", "country", "expert_group", "granted_at"]

    def get_kind_label(self, role: Role) -> str:
        return str(role.get_kind_display())


class MeSerializer(serializers.ModelSerializer):
    roles = RoleSerializer(many=True, read_only=True)
    is_commission = serializers.SerializerMethodField()
    is_emn_member = serializers.SerializerMethodField()

    class Meta:
        model = User
        fields = [
            "id",
            "email",
            "full_name",
            "language",
            "is_commission",
            "is_emn_member",
            "roles",
        ]

    def get_is_commission(self, user: User) -> bool:
        return is_commission(user)

    def get_is_emn_member(self, user: User) -> bool:
        """Whether `emn` material and personal data such as researchers' e-mail are shown."""
        return is_emn_member(user)


class VisibleUserField(serializers.PrimaryKeyRelatedField):
    """A person named by id, among the people the actor may see (EMN members see each other)."""

    def get_queryset(self) -> QuerySet[User]:
        request = self.context.get("request")
        return User.objects.visible_to(getattr(request, "user", None))


class VisibleExpertGroupField(serializers.PrimaryKeyRelatedField):
    def get_queryset(self) -> QuerySet[ExpertGroup]:
        request = self.context.get("request")
        return ExpertGroup.objects.visible_to(getattr(request, "user", None))


class RoleInput(serializers.Serializer):
    """A role to grant: which kind, to whom, and where (a country or an expert group)."""

    user = VisibleUserField(queryset=User.objects.all(), help_text="Id of the person.")
    kind = serializers.ChoiceField(choices=Role.Kind.choices)
    country = CountryCodeField(
        required=False,
        allow_null=True,
        help_text="Eurostat code; needed for NCP and network partner roles.",
    )
    expert_group = VisibleExpertGroupField(
        queryset=ExpertGroup.objects.all(),
        required=False,
        allow_null=True,
        help_text="Id of the group; needed for expert group membership.",
    )
