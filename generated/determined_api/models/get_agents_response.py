from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAgentsResponse")


@_attrs_define
class GetAgentsResponse:
    """
    Attributes:
        agents (list[Agent]):
        pagination (None | Pagination | Unset):
    """

    agents: list[Agent]
    pagination: None | Pagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agents = []
        for agents_item_data in self.agents:
            agents_item = agents_item_data.to_dict()
            agents.append(agents_item)

        pagination: dict[str, Any] | None | Unset
        if isinstance(self.pagination, Unset):
            pagination = UNSET
        elif isinstance(self.pagination, Pagination):
            pagination = self.pagination.to_dict()
        else:
            pagination = self.pagination

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agents": agents,
            }
        )
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _agents = d.pop("agents")
        if not isinstance(_agents, list):
            raise TypeError(f"GetAgentsResponse.agents: expected list, got {type(_agents).__name__}")
        agents = []
        for agents_item_data in _agents:
            if not isinstance(agents_item_data, dict):
                raise TypeError(
                    f"GetAgentsResponse.agents item: expected object, got {type(agents_item_data).__name__}"
                )
            agents_item = Agent.from_dict(agents_item_data)

            agents.append(agents_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: None | Pagination | Unset
        if _pagination is None or _pagination is UNSET:
            pagination = _pagination
        else:
            if not isinstance(_pagination, dict):
                raise TypeError(f"GetAgentsResponse.pagination: expected object, got {type(_pagination).__name__}")
            pagination_type_0 = Pagination.from_dict(_pagination)

            pagination = pagination_type_0

        get_agents_response = cls(
            agents,
            pagination,
        )

        get_agents_response.additional_properties = d if d else {}
        return get_agents_response

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
from ..models.pagination import Pagination  # noqa: E402
