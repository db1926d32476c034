from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_master_response_product import GetMasterResponseProduct, check_get_master_response_product
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMasterResponse")


@_attrs_define
class GetMasterResponse:
    """What a master says about itself (getClusterInfo, `/info`); needs no token, so clients call it first.

    Attributes:
        cluster_id (str): Id of the cluster, stored in its database; stays across restarts.
        cluster_name (str): The cluster's name, from the master's configuration.
        has_custom_logo (bool): Whether an admin uploaded a logo for the Web UI.
        master_id (str): Id of this master instance.
        strict_job_queue_control (bool): Whether changing jobs' priority or order in the queue is kept for admins.
        version (str): The Determined version the master runs, e.g. `0.38.1`.
        branding (str | Unset): Which look the Web UI takes.
        cluster_message (ClusterMessage | Unset): A message admins show to every user for a while.
        external_login_uri (str | Unset): Where to send users to log in when sessions are managed outside the master;
            empty otherwise.
        external_logout_uri (str | Unset): Where to send users to log out when sessions are managed outside the master;
            empty otherwise.
        feature_switches (list[str] | Unset): Names of the optional features turned on.
        product (GetMasterResponseProduct | Unset): Which offering the cluster belongs to: `PRODUCT_UNSPECIFIED` for a
            cluster run on its own, `PRODUCT_COMMUNITY` for the community edition hosted by Determined.
        rbac_enabled (bool | Unset): Whether role-based access control (enterprise edition) is on.
        sso_providers (list[SSOProvider] | Unset): The single sign-on providers users can log in with.
        telemetry_enabled (bool | Unset): Whether anonymous usage telemetry is sent.
        user_management_enabled (bool | Unset): Whether users can be created and changed through this API (false when an
            outside system owns them).
    """

    cluster_id: str
    cluster_name: str
    has_custom_logo: bool
    master_id: str
    strict_job_queue_control: bool
    version: str
    branding: str | Unset = UNSET
    cluster_message: ClusterMessage | Unset = UNSET
    external_login_uri: str | Unset = UNSET
    external_logout_uri: str | Unset = UNSET
    feature_switches: list[str] | Unset = UNSET
    product: GetMasterResponseProduct | Unset = UNSET
    rbac_enabled: bool | Unset = UNSET
    sso_providers: list[SSOProvider] | Unset = UNSET
    telemetry_enabled: bool | Unset = UNSET
    user_management_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        cluster_name = self.cluster_name

        has_custom_logo = self.has_custom_logo

        master_id = self.master_id

        strict_job_queue_control = self.strict_job_queue_control

        version = self.version

        branding = self.branding

        cluster_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cluster_message, Unset):
            cluster_message = self.cluster_message.to_dict()

        external_login_uri = self.external_login_uri

        external_logout_uri = self.external_logout_uri

        feature_switches: list[str] | Unset = UNSET
        if not isinstance(self.feature_switches, Unset):
            feature_switches = self.feature_switches

        product: str | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product

        rbac_enabled = self.rbac_enabled

        sso_providers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sso_providers, Unset):
            sso_providers = []
            for sso_providers_item_data in self.sso_providers:
                sso_providers_item = sso_providers_item_data.to_dict()
                sso_providers.append(sso_providers_item)

        telemetry_enabled = self.telemetry_enabled

        user_management_enabled = self.user_management_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clusterId": cluster_id,
                "clusterName": cluster_name,
                "hasCustomLogo": has_custom_logo,
                "masterId": master_id,
                "strictJobQueueControl": strict_job_queue_control,
                "version": version,
            }
        )
        if branding is not UNSET:
            field_dict["branding"] = branding
        if cluster_message is not UNSET:
            field_dict["clusterMessage"] = cluster_message
        if external_login_uri is not UNSET:
            field_dict["externalLoginUri"] = external_login_uri
        if external_logout_uri is not UNSET:
            field_dict["externalLogoutUri"] = external_logout_uri
        if feature_switches is not UNSET:
            field_dict["featureSwitches"] = feature_switches
        if product is not UNSET:
            field_dict["product"] = product
        if rbac_enabled is not UNSET:
            field_dict["rbacEnabled"] = rbac_enabled
        if sso_providers is not UNSET:
            field_dict["ssoProviders"] = sso_providers
        if telemetry_enabled is not UNSET:
            field_dict["telemetryEnabled"] = telemetry_enabled
        if user_management_enabled is not UNSET:
            field_dict["userManagementEnabled"] = user_management_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cluster_id = d.pop("clusterId")
        if type(cluster_id) is not str:
            raise TypeError(f"GetMasterResponse.clusterId: expected str, got {type(cluster_id).__name__}")

        cluster_name = d.pop("clusterName")
        if type(cluster_name) is not str:
            raise TypeError(f"GetMasterResponse.clusterName: expected str, got {type(cluster_name).__name__}")

        has_custom_logo = d.pop("hasCustomLogo")
        if type(has_custom_logo) is not bool:
            raise TypeError(f"GetMasterResponse.hasCustomLogo: expected bool, got {type(has_custom_logo).__name__}")

        master_id = d.pop("masterId")
        if type(master_id) is not str:
            raise TypeError(f"GetMasterResponse.masterId: expected str, got {type(master_id).__name__}")

        strict_job_queue_control = d.pop("strictJobQueueControl")
        if type(strict_job_queue_control) is not bool:
            raise TypeError(
                f"GetMasterResponse.strictJobQueueControl: expected bool, got {type(strict_job_queue_control).__name__}"
            )

        version = d.pop("version")
        if type(version) is not str:
            raise TypeError(f"GetMasterResponse.version: expected str, got {type(version).__name__}")

        branding = d.pop("branding", UNSET)
        if type(branding) is not str and branding is not UNSET:
            raise TypeError(f"GetMasterResponse.branding: expected str, got {type(branding).__name__}")

        _cluster_message = d.pop("clusterMessage", UNSET)
        cluster_message: ClusterMessage | Unset
        if _cluster_message is UNSET:
            cluster_message = UNSET
        else:
            if not isinstance(_cluster_message, dict):
                raise TypeError(
                    f"GetMasterResponse.clusterMessage: expected object, got {type(_cluster_message).__name__}"
                )
            cluster_message = ClusterMessage.from_dict(_cluster_message)

        external_login_uri = d.pop("externalLoginUri", UNSET)
        if type(external_login_uri) is not str and external_login_uri is not UNSET:
            raise TypeError(
                f"GetMasterResponse.externalLoginUri: expected str, got {type(external_login_uri).__name__}"
            )

        external_logout_uri = d.pop("externalLogoutUri", UNSET)
        if type(external_logout_uri) is not str and external_logout_uri is not UNSET:
            raise TypeError(
                f"GetMasterResponse.externalLogoutUri: expected str, got {type(external_logout_uri).__name__}"
            )

        _feature_switches = d.pop("featureSwitches", UNSET)
        feature_switches: list[str] | Unset = UNSET
        if _feature_switches is not UNSET:
            if not isinstance(_feature_switches, list):
                raise TypeError(
                    f"GetMasterResponse.featureSwitches: expected list, got {type(_feature_switches).__name__}"
                )
            for feature_switches_item_data in _feature_switches:
                if type(feature_switches_item_data) is not str:
                    raise TypeError(
                        f"GetMasterResponse.featureSwitches item: expected str, got {type(feature_switches_item_data).__name__}"
                    )
            feature_switches = _feature_switches

        _product = d.pop("product", UNSET)
        product: GetMasterResponseProduct | Unset
        if _product is UNSET:
            product = UNSET
        else:
            if type(_product) is not str:
                raise TypeError(f"GetMasterResponse.product: expected str, got {type(_product).__name__}")
            product = check_get_master_response_product(_product)

        rbac_enabled = d.pop("rbacEnabled", UNSET)
        if type(rbac_enabled) is not bool and rbac_enabled is not UNSET:
            raise TypeError(f"GetMasterResponse.rbacEnabled: expected bool, got {type(rbac_enabled).__name__}")

        _sso_providers = d.pop("ssoProviders", UNSET)
        sso_providers: list[SSOProvider] | Unset = UNSET
        if _sso_providers is not UNSET:
            if not isinstance(_sso_providers, list):
                raise TypeError(f"GetMasterResponse.ssoProviders: expected list, got {type(_sso_providers).__name__}")
            sso_providers = []
            for sso_providers_item_data in _sso_providers:
                if not isinstance(sso_providers_item_data, dict):
                    raise TypeError(
                        f"GetMasterResponse.ssoProviders item: expected object, got {type(sso_providers_item_data).__name__}"
                    )
                sso_providers_item = SSOProvider.from_dict(sso_providers_item_data)

                sso_providers.append(sso_providers_item)

        telemetry_enabled = d.pop("telemetryEnabled", UNSET)
        if type(telemetry_enabled) is not bool and telemetry_enabled is not UNSET:
            raise TypeError(
                f"GetMasterResponse.telemetryEnabled: expected bool, got {type(telemetry_enabled).__name__}"
            )

        user_management_enabled = d.pop("userManagementEnabled", UNSET)
        if type(user_management_enabled) is not bool and user_management_enabled is not UNSET:
            raise TypeError(
                f"GetMasterResponse.userManagementEnabled: expected bool, got {type(user_management_enabled).__name__}"
            )

        get_master_response = cls(
            cluster_id,
            cluster_name,
            has_custom_logo,
            master_id,
            strict_job_queue_control,
            version,
            branding,
            cluster_message,
            external_login_uri,
            external_logout_uri,
            feature_switches,
            product,
            rbac_enabled,
            sso_providers,
            telemetry_enabled,
            user_management_enabled,
        )

        get_master_response.additional_properties = d if d else {}
        return get_master_response

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
from ..models.cluster_message import ClusterMessage  # noqa: E402
from ..models.sso_provider import SSOProvider  # noqa: E402
