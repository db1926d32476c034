from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DisableAgentRequest")


@_attrs_define
class DisableAgentRequest:
    """
    Attributes:
        agent_id (str | Unset):
        drain (bool | Unset): Let running tasks finish instead of stopping them.
    """

    agent_id: str | Unset = UNSET
    drain: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        drain = self.drain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if drain is not UNSET:
            field_dict["drain"] = drain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_id = d.pop("agentId", UNSET)
        if type(agent_id) is not str and agent_id is not UNSET:
            raise TypeError(f"DisableAgentRequest.agentId: expected str, got {type(agent_id).__name__}")

        drain = d.pop("drain", UNSET)
        if type(drain) is not bool and drain is not UNSET:
            raise TypeError(f"DisableAgentRequest.drain: expected bool, got {type(drain).__name__}")

        disable_agent_request = cls(
            agent_id,
            drain,
        )

        disable_agent_request.additional_properties = d if d else {}
        return disable_agent_request

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
