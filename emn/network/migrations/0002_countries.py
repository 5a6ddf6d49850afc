"""Loads the composition of the network: every database starts with its countries."""

from django.db import migrations

from emn.network.data.countries import COUNTRIES


def load(apps, schema_editor):
    Country = apps.get_model("network", "Country")
    for fact in COUNTRIES:
        Country.objects.update_or_create(
            code=fact.code,
            defaults={
                "iso_code": fact.iso_code,
                "status": fact.status,
                "since_year": fact.since,
                "eu_member": fact.eu_member,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("network", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
