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
    """A person (or service) that uses the cluster.

    Attributes:
        active (bool): Inactive users cannot log in and their tokens are refused.
        admin (bool): Whether the user is an admin (without RBAC, admins may do everything).
        username (str): The login name; unique.
        agent_user_group (AgentUserGroup | None | Unset): The POSIX user and group this user's tasks run as; null for
            the cluster's default.
        display_name (str | Unset): The name shown instead of the username where set; empty when none.
        id (int | Unset): The user's numeric id.
        last_auth_at (datetime.datetime | Unset): When the user last logged in.
        modified_at (datetime.datetime | None | Unset): When the user was last changed.
        remote (bool | Unset): True for users who log in through single sign-on; they have no password on the master.
    """

    active: bool
    admin: bool
    username: str
    agent_user_group: AgentUserGroup | None | Unset = UNSET
    display_name: str | Unset = UNSET
    id: int | Unset = UNSET
    last_auth_at: datetime.datetime | Unset = UNSET
    modified_at: datetime.datetime | None | Unset = UNSET
    remote: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        admin = self.admin

        username = self.username

        agent_user_group: dict[str, Any] | None | Unset
        if isinstance(self.agent_user_group, Unset):
            agent_user_group = UNSET
        elif isinstance(self.agent_user_group, AgentUserGroup):
            agent_user_group = self.agent_user_group.to_dict()
        else:
            agent_user_group = self.agent_user_group

        display_name = self.display_name

        id = self.id

        last_auth_at: str | Unset = UNSET
        if not isinstance(self.last_auth_at, Unset):
            last_auth_at = self.last_auth_at.isoformat()

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        elif isinstance(self.modified_at, datetime.datetime):
            modified_at = self.modified_at.isoformat()
        else:
            modified_at = self.modified_at

        remote = self.remote

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "admin": admin,
                "username": username,
            }
        )
        if agent_user_group is not UNSET:
            field_dict["agentUserGroup"] = agent_user_group
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if id is not UNSET:
            field_dict["id"] = id
        if last_auth_at is not UNSET:
            field_dict["lastAuthAt"] = last_auth_at
        if modified_at is not UNSET:
            field_dict["modifiedAt"] = modified_at
        if remote is not UNSET:
            field_dict["remote"] = remote

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")
        if type(active) is not bool:
            raise TypeError(f"User.active: expected bool, got {type(active).__name__}")

        admin = d.pop("admin")
        if type(admin) is not bool:
            raise TypeError(f"User.admin: expected bool, got {type(admin).__name__}")

        username = d.pop("username")
        if type(username) is not str:
            raise TypeError(f"User.username: expected str, got {type(username).__name__}")

        _agent_user_group = d.pop("agentUserGroup", UNSET)
        agent_user_group: AgentUserGroup | None | Unset
        if _agent_user_group is None or _agent_user_group is UNSET:
            agent_user_group = _agent_user_group
        else:
            if not isinstance(_agent_user_group, dict):
                raise TypeError(f"User.agentUserGroup: expected object, got {type(_agent_user_group).__name__}")
            agent_user_group_type_0 = AgentUserGroup.from_dict(_agent_user_group)

            agent_user_group = agent_user_group_type_0

        display_name = d.pop("displayName", UNSET)
        if type(display_name) is not str and display_name is not UNSET:
            raise TypeError(f"User.displayName: expected str, got {type(display_name).__name__}")

        id = d.pop("id", UNSET)
        if type(id) is not int and id is not UNSET:
            raise TypeError(f"User.id: expected int, got {type(id).__name__}")

        _last_auth_at = d.pop("lastAuthAt", UNSET)
        last_auth_at: datetime.datetime | Unset
        if _last_auth_at is UNSET:
            last_auth_at = UNSET
        else:
            if type(_last_auth_at) is not str:
                raise TypeError(f"User.lastAuthAt: expected str (date-time), got {type(_last_auth_at).__name__}")
            last_auth_at = datetime.datetime.fromisoformat(_last_auth_at)

        _modified_at = d.pop("modifiedAt", UNSET)
        modified_at: datetime.datetime | None | Unset
        if _modified_at is None or _modified_at is UNSET:
            modified_at = _modified_at
        else:
            if type(_modified_at) is not str:
                raise TypeError(f"User.modifiedAt: expected str (date-time), got {type(_modified_at).__name__}")
            modified_at_type_0 = datetime.datetime.fromisoformat(_modified_at)

            modified_at = modified_at_type_0

        remote = d.pop("remote", UNSET)
        if type(remote) is not bool and remote is not UNSET:
            raise TypeError(f"User.remote: expected bool, got {type(remote).__name__}")

        user = cls(
            active,
            admin,
            username,
            agent_user_group,
            display_name,
            id,
            last_auth_at,
            modified_at,
            remote,
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
