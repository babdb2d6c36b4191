"""Shared test set-up: hypothesis profiles chosen by HYPOTHESIS_PROFILE (dev, ci, quick, long)."""

import os

from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=50, deadline=None)
settings.register_profile(
    "ci",
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# A quick pass while several people share a small machine; CI runs "ci".
settings.register_profile("quick", max_examples=10, deadline=None)
settings.register_profile("long", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
