from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentUserGroup")


@_attrs_define
class AgentUserGroup:
    """The POSIX user and group a user's (or a workspace's) tasks run as on agents.

    Attributes:
        agent_gid (int | Unset): The POSIX group id.
        agent_group (str | Unset): The POSIX group name.
        agent_uid (int | Unset): The POSIX user id.
        agent_user (str | Unset): The POSIX user name.
    """

    agent_gid: int | Unset = UNSET
    agent_group: str | Unset = UNSET
    agent_uid: int | Unset = UNSET
    agent_user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_gid = self.agent_gid

        agent_group = self.agent_group

        agent_uid = self.agent_uid

        agent_user = self.agent_user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_gid is not UNSET:
            field_dict["agentGid"] = agent_gid
        if agent_group is not UNSET:
            field_dict["agentGroup"] = agent_group
        if agent_uid is not UNSET:
            field_dict["agentUid"] = agent_uid
        if agent_user is not UNSET:
            field_dict["agentUser"] = agent_user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_gid = d.pop("agentGid", UNSET)
        if type(agent_gid) is not int and agent_gid is not UNSET:
            raise TypeError(f"AgentUserGroup.agentGid: expected int, got {type(agent_gid).__name__}")

        agent_group = d.pop("agentGroup", UNSET)
        if type(agent_group) is not str and agent_group is not UNSET:
            raise TypeError(f"AgentUserGroup.agentGroup: expected str, got {type(agent_group).__name__}")

        agent_uid = d.pop("agentUid", UNSET)
        if type(agent_uid) is not int and agent_uid is not UNSET:
            raise TypeError(f"AgentUserGroup.agentUid: expected int, got {type(agent_uid).__name__}")

        agent_user = d.pop("agentUser", UNSET)
        if type(agent_user) is not str and agent_user is not UNSET:
            raise TypeError(f"AgentUserGroup.agentUser: expected str, got {type(agent_user).__name__}")

        agent_user_group = cls(
            agent_gid,
            agent_group,
            agent_uid,
            agent_user,
        )

        agent_user_group.additional_properties = d if d else {}
        return agent_user_group

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
