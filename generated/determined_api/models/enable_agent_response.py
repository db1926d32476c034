from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnableAgentResponse")


@_attrs_define
class EnableAgentResponse:
    """
    Attributes:
        agent (Agent | None | Unset):
    """

    agent: Agent | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, Agent):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent is not UNSET:
            field_dict["agent"] = agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _agent = d.pop("agent", UNSET)
        agent: Agent | None | Unset
        if _agent is None or _agent is UNSET:
            agent = _agent
        else:
            if not isinstance(_agent, dict):
                raise TypeError(f"EnableAgentResponse.agent: expected object, got {type(_agent).__name__}")
            agent_type_0 = Agent.from_dict(_agent)

            agent = agent_type_0

        enable_agent_response = cls(
            agent,
        )

        enable_agent_response.additional_properties = d if d else {}
        return enable_agent_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# determined-client template: models this one refers to, imported after the class exists so
# that models which refer to each other import in any order, and once, not per call.
from ..models.agent import Agent  # noqa: E402
