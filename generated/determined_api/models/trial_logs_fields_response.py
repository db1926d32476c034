from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrialLogsFieldsResponse")


@_attrs_define
class TrialLogsFieldsResponse:
    """
    Attributes:
        agent_ids (list[str] | Unset):
        container_ids (list[str] | Unset):
        rank_ids (list[int] | Unset):
        sources (list[str] | Unset):
        stdtypes (list[str] | Unset):
    """

    agent_ids: list[str] | Unset = UNSET
    container_ids: list[str] | Unset = UNSET
    rank_ids: list[int] | Unset = UNSET
    sources: list[str] | Unset = UNSET
    stdtypes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_ids: list[str] | Unset = UNSET
        if not isinstance(self.agent_ids, Unset):
            agent_ids = self.agent_ids

        container_ids: list[str] | Unset = UNSET
        if not isinstance(self.container_ids, Unset):
            container_ids = self.container_ids

        rank_ids: list[int] | Unset = UNSET
        if not isinstance(self.rank_ids, Unset):
            rank_ids = self.rank_ids

        sources: list[str] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = self.sources

        stdtypes: list[str] | Unset = UNSET
        if not isinstance(self.stdtypes, Unset):
            stdtypes = self.stdtypes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_ids is not UNSET:
            field_dict["agentIds"] = agent_ids
        if container_ids is not UNSET:
            field_dict["containerIds"] = container_ids
        if rank_ids is not UNSET:
            field_dict["rankIds"] = rank_ids
        if sources is not UNSET:
            field_dict["sources"] = sources
        if stdtypes is not UNSET:
            field_dict["stdtypes"] = stdtypes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _agent_ids = d.pop("agentIds", UNSET)
        agent_ids: list[str] | Unset = UNSET
        if _agent_ids is not UNSET:
            if not isinstance(_agent_ids, list):
                raise TypeError(f"TrialLogsFieldsResponse.agentIds: expected list, got {type(_agent_ids).__name__}")
            for agent_ids_item_data in _agent_ids:
                if type(agent_ids_item_data) is not str:
                    raise TypeError(
                        f"TrialLogsFieldsResponse.agentIds item: expected str, got {type(agent_ids_item_data).__name__}"
                    )
            agent_ids = _agent_ids

        _container_ids = d.pop("containerIds", UNSET)
        container_ids: list[str] | Unset = UNSET
        if _container_ids is not UNSET:
            if not isinstance(_container_ids, list):
                raise TypeError(
                    f"TrialLogsFieldsResponse.containerIds: expected list, got {type(_container_ids).__name__}"
                )
            for container_ids_item_data in _container_ids:
                if type(container_ids_item_data) is not str:
                    raise TypeError(
                        f"TrialLogsFieldsResponse.containerIds item: expected str, got {type(container_ids_item_data).__name__}"
                    )
            container_ids = _container_ids

        _rank_ids = d.pop("rankIds", UNSET)
        rank_ids: list[int] | Unset = UNSET
        if _rank_ids is not UNSET:
            if not isinstance(_rank_ids, list):
                raise TypeError(f"TrialLogsFieldsResponse.rankIds: expected list, got {type(_rank_ids).__name__}")
            for rank_ids_item_data in _rank_ids:
                if type(rank_ids_item_data) is not int:
                    raise TypeError(
                        f"TrialLogsFieldsResponse.rankIds item: expected int, got {type(rank_ids_item_data).__name__}"
                    )
            rank_ids = _rank_ids

        _sources = d.pop("sources", UNSET)
        sources: list[str] | Unset = UNSET
        if _sources is not UNSET:
            if not isinstance(_sources, list):
                raise TypeError(f"TrialLogsFieldsResponse.sources: expected list, got {type(_sources).__name__}")
            for sources_item_data in _sources:
                if type(sources_item_data) is not str:
                    raise TypeError(
                        f"TrialLogsFieldsResponse.sources item: expected str, got {type(sources_item_data).__name__}"
                    )
            sources = _sources

        _stdtypes = d.pop("stdtypes", UNSET)
        stdtypes: list[str] | Unset = UNSET
        if _stdtypes is not UNSET:
            if not isinstance(_stdtypes, list):
                raise TypeError(f"TrialLogsFieldsResponse.stdtypes: expected list, got {type(_stdtypes).__name__}")
            for stdtypes_item_data in _stdtypes:
                if type(stdtypes_item_data) is not str:
                    raise TypeError(
                        f"TrialLogsFieldsResponse.stdtypes item: expected str, got {type(stdtypes_item_data).__name__}"
                    )
            stdtypes = _stdtypes

        trial_logs_fields_response = cls(
            agent_ids,
            container_ids,
            rank_ids,
            sources,
            stdtypes,
        )

        trial_logs_fields_response.additional_properties = d if d else {}
        return trial_logs_fields_response

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
