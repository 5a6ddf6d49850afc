#!/usr/bin/env python
"""Django's command-line utility for EMN Exchange."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "emn.settings")
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    try:
        execute_from_command_line(sys.argv)
    except ImproperlyConfigured as error:
        # A configuration mistake deserves one clear line, not a traceback.
        sys.exit(f"EMN Exchange cannot start: {error}")


if __name__ == "__main__":
    main()
