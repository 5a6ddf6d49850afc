"""Loads the controlled list of themes."""

from django.db import migrations

from emn.core.themes import ThemeCode


def load(apps, schema_editor):
    Theme = apps.get_model("core", "Theme")
    for code in ThemeCode.values:
        Theme.objects.get_or_create(code=code)


class Migration(migrations.Migration):
    dependencies = [("core", "0002_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
