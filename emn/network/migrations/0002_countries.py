"""Loads the composition of the network: every database starts with its countries."""

from django.db import migrations

from emn.network.data.countries import load_countries


def load(apps, schema_editor):
    load_countries(apps.get_model("network", "Country"))


class Migration(migrations.Migration):
    dependencies = [("network", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
