"""OpenAPI links: how one answer feeds the next request (for readers and stateful tests)."""

from __future__ import annotations

from typing import Any

from ..facts import Facts
from ._doc import operations

#: operationId -> link name -> the link, on the operation's 200 answer. Each says how a
#: value of that answer becomes a parameter of the next operation.
LINKS: dict[str, dict[str, dict[str, Any]]] = {
    "login": {
        "GetMeWithToken": {
            "operationId": "getMe",
            "description": "The token in this answer authenticates the next calls.",
        }
    },
    "getExperiments": {
        "GetFirstExperiment": {
            "operationId": "getExperiment",
            "parameters": {"experimentId": "$response.body#/experiments/0/id"},
        }
    },
    "getExperiment": {
        "GetExperimentTrials": {
            "operationId": "getExperimentTrials",
            "parameters": {"experimentId": "$response.body#/experiment/id"},
        }
    },
}


def links(doc: dict[str, Any], facts: Facts) -> None:
    """Add our links; one naming an operation that does not exist fails the build."""
    known = {op["operationId"] for _, _, op in operations(doc)}
    for _, _, op in operations(doc):
        for name, link in LINKS.get(op["operationId"], {}).items():
            if link["operationId"] not in known:
                raise ValueError(f"link {name} points at unknown {link['operationId']}")
            op["responses"]["200"].setdefault("links", {})[name] = dict(link)
