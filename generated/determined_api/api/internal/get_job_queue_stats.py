from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...types import UNSET, CallOptions, Request, Response, Unset, decode_json

if TYPE_CHECKING:
    from ...models.api_error import ApiError
    from ...models.get_job_queue_stats_response import GetJobQueueStatsResponse


def _get_kwargs(
    *,
    resource_pools: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_resource_pools: list[str] | Unset = UNSET
    if not isinstance(resource_pools, Unset):
        json_resource_pools = resource_pools

    params["resourcePools"] = json_resource_pools

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/job-queues/stats",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "ApiError | GetJobQueueStatsResponse":
    if response.status_code == 200:
        _response_200 = decode_json(response.content)
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = _models.GetJobQueueStatsResponse.from_dict(_response_200)

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

    _response_default = decode_json(response.content)
    if not isinstance(_response_default, dict):
        raise TypeError(f"response_default: expected object, got {type(_response_default).__name__}")
    response_default = _models.ApiError.from_dict(_response_default)

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "Response[ApiError | GetJobQueueStatsResponse]":
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    resource_pools: list[str] | Unset = UNSET,
) -> "Response[ApiError | GetJobQueueStatsResponse]":
    """Get queue statistics per resource pool

     For each resource pool (or the ones listed), how many jobs are queued and how many scheduled.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        resource_pools (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetJobQueueStatsResponse]
    """

    kwargs = _get_kwargs(
        resource_pools=resource_pools,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    resource_pools: list[str] | Unset = UNSET,
) -> "ApiError | GetJobQueueStatsResponse | None":
    """Get queue statistics per resource pool

     For each resource pool (or the ones listed), how many jobs are queued and how many scheduled.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        resource_pools (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetJobQueueStatsResponse
    """

    return sync_detailed(
        client=client,
        resource_pools=resource_pools,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    resource_pools: list[str] | Unset = UNSET,
) -> "Response[ApiError | GetJobQueueStatsResponse]":
    """Get queue statistics per resource pool

     For each resource pool (or the ones listed), how many jobs are queued and how many scheduled.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        resource_pools (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetJobQueueStatsResponse]
    """

    kwargs = _get_kwargs(
        resource_pools=resource_pools,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    resource_pools: list[str] | Unset = UNSET,
) -> "ApiError | GetJobQueueStatsResponse | None":
    """Get queue statistics per resource pool

     For each resource pool (or the ones listed), how many jobs are queued and how many scheduled.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        resource_pools (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetJobQueueStatsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            resource_pools=resource_pools,
        )
    ).parsed


def _from_json(data: Any) -> "GetJobQueueStatsResponse":
    if not isinstance(data, dict):
        raise TypeError(f"response_200: expected object, got {type(data).__name__}")
    response_200 = _models.GetJobQueueStatsResponse.from_dict(data)

    return response_200


def _parse_ok(response: httpx.Response) -> "GetJobQueueStatsResponse":
    return _from_json(decode_json(response.content))


def request(
    *,
    resource_pools: list[str] | Unset = UNSET,
    **options: Unpack[CallOptions],
) -> "Request[GetJobQueueStatsResponse]":
    """This operation, for determined_client.Session.call: its success answer."""
    kwargs = _get_kwargs(
        resource_pools=resource_pools,
    )
    return Request("get_job_queue_stats", kwargs, _parse_ok, options, _from_json)
