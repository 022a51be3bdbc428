"""nkevents: sourced, geolocated events of enforcement and illicit trade in North Korea."""

__version__ = "0.1.0"
