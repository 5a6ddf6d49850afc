"""Loads the controlled list of themes."""

from django.db import migrations

from emn.core.themes import load_themes


def load(apps, schema_editor):
    load_themes(apps.get_model("core", "Theme"))


class Migration(migrations.Migration):
    dependencies = [("core", "0002_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
