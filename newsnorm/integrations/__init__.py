"""Adapters that run newsnorm inside other engines; each imports its engine only when used."""
