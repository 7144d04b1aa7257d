"""Runs every feature in this folder."""

from pytest_bdd import scenarios

scenarios(".")
