from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """
    Attributes:
        username (str):
        admin (bool):
        active (bool):
        id (int | None | Unset):
        display_name (None | str | Unset):
        remote (bool | None | Unset):
        last_auth_at (datetime.datetime | None | Unset):
        modified_at (datetime.datetime | None | Unset):
        agent_user_group (AgentUserGroup | None | Unset):
    """

    username: str
    admin: bool
    active: bool
    id: int | None | Unset = UNSET
    display_name: None | str | Unset = UNSET
    remote: bool | None | Unset = UNSET
    last_auth_at: datetime.datetime | None | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    agent_user_group: AgentUserGroup | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        admin = self.admin

        active = self.active

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        remote: bool | None | Unset
        if isinstance(self.remote, Unset):
            remote = UNSET
        else:
            remote = self.remote

        last_auth_at: None | str | Unset
        if isinstance(self.last_auth_at, Unset):
            last_auth_at = UNSET
        elif isinstance(self.last_auth_at, datetime.datetime):
            last_auth_at = self.last_auth_at.isoformat()
        else:
            last_auth_at = self.last_auth_at

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = self.modified_at

        agent_user_group: dict[str, Any] | None | Unset
        if isinstance(self.agent_user_group, Unset):
            agent_user_group = UNSET
        elif isinstance(self.agent_user_group, AgentUserGroup):
            agent_user_group = self.agent_user_group.to_dict()
        else:
            agent_user_group = self.agent_user_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "admin": admin,
                "active": active,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if remote is not UNSET:
            field_dict["remote"] = remote
        if last_auth_at is not UNSET:
            field_dict["lastAuthAt"] = last_auth_at
        if modified_at is not UNSET:
            field_dict["modifiedAt"] = modified_at
        if agent_user_group is not UNSET:
            field_dict["agentUserGroup"] = agent_user_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")
        if type(username) is not str:
            raise TypeError(f"User.username: expected str, got {type(username).__name__}")

        admin = d.pop("admin")
        if type(admin) is not bool:
            raise TypeError(f"User.admin: expected bool, got {type(admin).__name__}")

        active = d.pop("active")
        if type(active) is not bool:
            raise TypeError(f"User.active: expected bool, got {type(active).__name__}")

        id = d.pop("id", UNSET)
        if type(id) is not int and id is not None and id is not UNSET:
            raise TypeError(f"User.id: expected int, got {type(id).__name__}")

        display_name = d.pop("displayName", UNSET)
        if type(display_name) is not str and display_name is not None and display_name is not UNSET:
            raise TypeError(f"User.displayName: expected str, got {type(display_name).__name__}")

        remote = d.pop("remote", UNSET)
        if type(remote) is not bool and remote is not None and remote is not UNSET:
            raise TypeError(f"User.remote: expected bool, got {type(remote).__name__}")

        _last_auth_at = d.pop("lastAuthAt", UNSET)
        last_auth_at: datetime.datetime | None | Unset
        if _last_auth_at is None or _last_auth_at is UNSET:
            last_auth_at = _last_auth_at
        else:
            if type(_last_auth_at) is not str:
                raise TypeError(f"User.lastAuthAt: expected str (date-time), got {type(_last_auth_at).__name__}")
            last_auth_at_type_0 = datetime.datetime.fromisoformat(_last_auth_at)

            last_auth_at = last_auth_at_type_0

        _modified_at = d.pop("modifiedAt", UNSET)
        modified_at: datetime.datetime | None | Unset
        if _modified_at is None or _modified_at is UNSET:
            modified_at = _modified_at
        else:
            if type(_modified_at) is not str:
                raise TypeError(f"User.modifiedAt: expected str (date-time), got {type(_modified_at).__name__}")
            modified_at_type_0 = datetime.datetime.fromisoformat(_modified_at)

            modified_at = modified_at_type_0

        _agent_user_group = d.pop("agentUserGroup", UNSET)
        agent_user_group: AgentUserGroup | None | Unset
        if _agent_user_group is None or _agent_user_group is UNSET:
            agent_user_group = _agent_user_group
        else:
            if not isinstance(_agent_user_group, dict):
                raise TypeError(f"User.agentUserGroup: expected object, got {type(_agent_user_group).__name__}")
            agent_user_group_type_0 = AgentUserGroup.from_dict(_agent_user_group)

            agent_user_group = agent_user_group_type_0

        user = cls(
            username,
            admin,
            active,
            id,
            display_name,
            remote,
            last_auth_at,
            modified_at,
            agent_user_group,
        )

        user.additional_properties = d if d else {}
        return user

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
from ..models.agent_user_group import AgentUserGroup  # noqa: E402
