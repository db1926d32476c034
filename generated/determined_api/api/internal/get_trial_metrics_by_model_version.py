from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Unpack
from urllib.parse import quote

import httpx

from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...models.trial_source_info_type import TrialSourceInfoType
from ...types import UNSET, CallOptions, Request, Response, Unset, decode_json

if TYPE_CHECKING:
    from ...models.api_error import ApiError
    from ...models.get_trial_metrics_by_model_version_response import GetTrialMetricsByModelVersionResponse


def _get_kwargs(
    model_name: str,
    model_version_num: int,
    *,
    trial_source_info_type: TrialSourceInfoType | Unset = UNSET,
    metric_group: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_trial_source_info_type: str | Unset = UNSET
    if not isinstance(trial_source_info_type, Unset):
        json_trial_source_info_type = trial_source_info_type

    params["trialSourceInfoType"] = json_trial_source_info_type

    params["metricGroup"] = metric_group

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/models/{model_name}/versions/{model_version_num}/metrics".format(
            model_name=quote(str(model_name), safe=""),
            model_version_num=quote(str(model_version_num), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "ApiError | GetTrialMetricsByModelVersionResponse":
    if response.status_code == 200:
        _response_200 = decode_json(response.content)
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = _models.GetTrialMetricsByModelVersionResponse.from_dict(_response_200)

        return response_200

    if response.status_code == 400:
        _response_400 = decode_json(response.content)
        if not isinstance(_response_400, dict):
            raise TypeError(f"response_400: expected object, got {type(_response_400).__name__}")
        response_400 = _models.ApiError.from_dict(_response_400)

        return response_400

    if response.status_code == 401:
        _response_401 = decode_json(response.content)
        if not isinstance(_response_401, dict):
            raise TypeError(f"response_401: expected object, got {type(_response_401).__name__}")
        response_401 = _models.ApiError.from_dict(_response_401)

        return response_401

    if response.status_code == 403:
        _response_403 = decode_json(response.content)
        if not isinstance(_response_403, dict):
            raise TypeError(f"response_403: expected object, got {type(_response_403).__name__}")
        response_403 = _models.ApiError.from_dict(_response_403)

        return response_403

    if response.status_code == 404:
        _response_404 = decode_json(response.content)
        if not isinstance(_response_404, dict):
            raise TypeError(f"response_404: expected object, got {type(_response_404).__name__}")
        response_404 = _models.ApiError.from_dict(_response_404)

        return response_404

    _response_default = decode_json(response.content)
    if not isinstance(_response_default, dict):
        raise TypeError(f"response_default: expected object, got {type(_response_default).__name__}")
    response_default = _models.ApiError.from_dict(_response_default)

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "Response[ApiError | GetTrialMetricsByModelVersionResponse]":
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    model_name: str,
    model_version_num: int,
    *,
    client: AuthenticatedClient | Client,
    trial_source_info_type: TrialSourceInfoType | Unset = UNSET,
    metric_group: str | Unset = UNSET,
) -> "Response[ApiError | GetTrialMetricsByModelVersionResponse]":
    """Get metrics of trials that used a model version

     The metrics reported by trials linked to this model version with reportTrialSourceInfo, per trial,
    optionally of one kind of link and one metric group.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        model_name (str):
        model_version_num (int):
        trial_source_info_type (TrialSourceInfoType | Unset):
        metric_group (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetTrialMetricsByModelVersionResponse]
    """

    kwargs = _get_kwargs(
        model_name=model_name,
        model_version_num=model_version_num,
        trial_source_info_type=trial_source_info_type,
        metric_group=metric_group,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model_name: str,
    model_version_num: int,
    *,
    client: AuthenticatedClient | Client,
    trial_source_info_type: TrialSourceInfoType | Unset = UNSET,
    metric_group: str | Unset = UNSET,
) -> "ApiError | GetTrialMetricsByModelVersionResponse | None":
    """Get metrics of trials that used a model version

     The metrics reported by trials linked to this model version with reportTrialSourceInfo, per trial,
    optionally of one kind of link and one metric group.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        model_name (str):
        model_version_num (int):
        trial_source_info_type (TrialSourceInfoType | Unset):
        metric_group (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetTrialMetricsByModelVersionResponse
    """

    return sync_detailed(
        model_name=model_name,
        model_version_num=model_version_num,
        client=client,
        trial_source_info_type=trial_source_info_type,
        metric_group=metric_group,
    ).parsed


async def asyncio_detailed(
    model_name: str,
    model_version_num: int,
    *,
    client: AuthenticatedClient | Client,
    trial_source_info_type: TrialSourceInfoType | Unset = UNSET,
    metric_group: str | Unset = UNSET,
) -> "Response[ApiError | GetTrialMetricsByModelVersionResponse]":
    """Get metrics of trials that used a model version

     The metrics reported by trials linked to this model version with reportTrialSourceInfo, per trial,
    optionally of one kind of link and one metric group.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        model_name (str):
        model_version_num (int):
        trial_source_info_type (TrialSourceInfoType | Unset):
        metric_group (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetTrialMetricsByModelVersionResponse]
    """

    kwargs = _get_kwargs(
        model_name=model_name,
        model_version_num=model_version_num,
        trial_source_info_type=trial_source_info_type,
        metric_group=metric_group,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_name: str,
    model_version_num: int,
    *,
    client: AuthenticatedClient | Client,
    trial_source_info_type: TrialSourceInfoType | Unset = UNSET,
    metric_group: str | Unset = UNSET,
) -> "ApiError | GetTrialMetricsByModelVersionResponse | None":
    """Get metrics of trials that used a model version

     The metrics reported by trials linked to this model version with reportTrialSourceInfo, per trial,
    optionally of one kind of link and one metric group.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        model_name (str):
        model_version_num (int):
        trial_source_info_type (TrialSourceInfoType | Unset):
        metric_group (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetTrialMetricsByModelVersionResponse
    """

    return (
        await asyncio_detailed(
            model_name=model_name,
            model_version_num=model_version_num,
            client=client,
            trial_source_info_type=trial_source_info_type,
            metric_group=metric_group,
        )
    ).parsed


def _from_json(data: Any) -> "GetTrialMetricsByModelVersionResponse":
    if not isinstance(data, dict):
        raise TypeError(f"response_200: expected object, got {type(data).__name__}")
    response_200 = _models.GetTrialMetricsByModelVersionResponse.from_dict(data)

    return response_200


def _parse_ok(response: httpx.Response) -> "GetTrialMetricsByModelVersionResponse":
    return _from_json(decode_json(response.content))


def request(
    model_name: str,
    model_version_num: int,
    *,
    trial_source_info_type: TrialSourceInfoType | Unset = UNSET,
    metric_group: str | Unset = UNSET,
    **options: Unpack[CallOptions],
) -> "Request[GetTrialMetricsByModelVersionResponse]":
    """This operation, for determined_client.Session.call: its success answer."""
    kwargs = _get_kwargs(
        model_name=model_name,
        model_version_num=model_version_num,
        trial_source_info_type=trial_source_info_type,
        metric_group=metric_group,
    )
    return Request("get_trial_metrics_by_model_version", kwargs, _parse_ok, options, _from_json)
