from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Unpack
from urllib.parse import quote

import httpx

from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...types import CallOptions, Request, Response, decode_json

if TYPE_CHECKING:
    from ...models.allocation_rendezvous_info_response import AllocationRendezvousInfoResponse
    from ...models.api_error import ApiError


def _get_kwargs(
    allocation_id: str,
    resources_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/allocations/{allocation_id}/resources/{resources_id}/rendezvous".format(
            allocation_id=quote(str(allocation_id), safe=""),
            resources_id=quote(str(resources_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "AllocationRendezvousInfoResponse | ApiError":
    if response.status_code == 200:
        _response_200 = decode_json(response.content)
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = _models.AllocationRendezvousInfoResponse.from_dict(_response_200)

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
) -> "Response[AllocationRendezvousInfoResponse | ApiError]":
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    allocation_id: str,
    resources_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> "Response[AllocationRendezvousInfoResponse | ApiError]":
    """Get the addresses of an allocation's containers

     Blocks until every container of the allocation has connected, then answers each one's addresses and
    its own rank: what distributed training needs to start.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        allocation_id (str):
        resources_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AllocationRendezvousInfoResponse | ApiError]
    """

    kwargs = _get_kwargs(
        allocation_id=allocation_id,
        resources_id=resources_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    allocation_id: str,
    resources_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> "AllocationRendezvousInfoResponse | ApiError | None":
    """Get the addresses of an allocation's containers

     Blocks until every container of the allocation has connected, then answers each one's addresses and
    its own rank: what distributed training needs to start.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        allocation_id (str):
        resources_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AllocationRendezvousInfoResponse | ApiError
    """

    return sync_detailed(
        allocation_id=allocation_id,
        resources_id=resources_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    allocation_id: str,
    resources_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> "Response[AllocationRendezvousInfoResponse | ApiError]":
    """Get the addresses of an allocation's containers

     Blocks until every container of the allocation has connected, then answers each one's addresses and
    its own rank: what distributed training needs to start.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        allocation_id (str):
        resources_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AllocationRendezvousInfoResponse | ApiError]
    """

    kwargs = _get_kwargs(
        allocation_id=allocation_id,
        resources_id=resources_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    allocation_id: str,
    resources_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> "AllocationRendezvousInfoResponse | ApiError | None":
    """Get the addresses of an allocation's containers

     Blocks until every container of the allocation has connected, then answers each one's addresses and
    its own rank: what distributed training needs to start.

    Internal to Determined (its own tools and agents use it): unstable, and may change or go in any
    master release.

    Args:
        allocation_id (str):
        resources_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AllocationRendezvousInfoResponse | ApiError
    """

    return (
        await asyncio_detailed(
            allocation_id=allocation_id,
            resources_id=resources_id,
            client=client,
        )
    ).parsed


def _from_json(data: Any) -> "AllocationRendezvousInfoResponse":
    if not isinstance(data, dict):
        raise TypeError(f"response_200: expected object, got {type(data).__name__}")
    response_200 = _models.AllocationRendezvousInfoResponse.from_dict(data)

    return response_200


def _parse_ok(response: httpx.Response) -> "AllocationRendezvousInfoResponse":
    return _from_json(decode_json(response.content))


def request(
    allocation_id: str,
    resources_id: str,
    **options: Unpack[CallOptions],
) -> "Request[AllocationRendezvousInfoResponse]":
    """This operation, for determined_client.Session.call: its success answer."""
    kwargs = _get_kwargs(
        allocation_id=allocation_id,
        resources_id=resources_id,
    )
    return Request("allocation_rendezvous_info", kwargs, _parse_ok, options, _from_json)
