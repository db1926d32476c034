from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...models.get_agents_request_sort_by import GetAgentsRequestSortBy
from ...models.order_by import OrderBy
from ...types import UNSET, CallOptions, PageOptions, Pages, Request, Response, Unset, decode_json

if TYPE_CHECKING:
    from ...models.agent import Agent
    from ...models.api_error import ApiError
    from ...models.get_agents_response import GetAgentsResponse


def _get_kwargs(
    *,
    sort_by: GetAgentsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    exclude_slots: bool | Unset = UNSET,
    exclude_containers: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sortBy"] = json_sort_by

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["orderBy"] = json_order_by

    params["offset"] = offset

    params["limit"] = limit

    params["excludeSlots"] = exclude_slots

    params["excludeContainers"] = exclude_containers

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/agents",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "ApiError | GetAgentsResponse":
    if response.status_code == 200:
        _response_200 = decode_json(response.content)
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = _models.GetAgentsResponse.from_dict(_response_200)

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
) -> "Response[ApiError | GetAgentsResponse]":
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort_by: GetAgentsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    exclude_slots: bool | Unset = UNSET,
    exclude_containers: bool | Unset = UNSET,
) -> "Response[ApiError | GetAgentsResponse]":
    """List agents

     The agents connected to the master, with their slots and containers unless `excludeSlots` /
    `excludeContainers` ask to leave them out (much smaller answers on big clusters). One page at a
    time; `limit` 0 returns every agent.

    Args:
        sort_by (GetAgentsRequestSortBy | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):
        exclude_slots (bool | Unset):
        exclude_containers (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetAgentsResponse]
    """

    kwargs = _get_kwargs(
        sort_by=sort_by,
        order_by=order_by,
        offset=offset,
        limit=limit,
        exclude_slots=exclude_slots,
        exclude_containers=exclude_containers,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    sort_by: GetAgentsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    exclude_slots: bool | Unset = UNSET,
    exclude_containers: bool | Unset = UNSET,
) -> "ApiError | GetAgentsResponse | None":
    """List agents

     The agents connected to the master, with their slots and containers unless `excludeSlots` /
    `excludeContainers` ask to leave them out (much smaller answers on big clusters). One page at a
    time; `limit` 0 returns every agent.

    Args:
        sort_by (GetAgentsRequestSortBy | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):
        exclude_slots (bool | Unset):
        exclude_containers (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetAgentsResponse
    """

    return sync_detailed(
        client=client,
        sort_by=sort_by,
        order_by=order_by,
        offset=offset,
        limit=limit,
        exclude_slots=exclude_slots,
        exclude_containers=exclude_containers,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort_by: GetAgentsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    exclude_slots: bool | Unset = UNSET,
    exclude_containers: bool | Unset = UNSET,
) -> "Response[ApiError | GetAgentsResponse]":
    """List agents

     The agents connected to the master, with their slots and containers unless `excludeSlots` /
    `excludeContainers` ask to leave them out (much smaller answers on big clusters). One page at a
    time; `limit` 0 returns every agent.

    Args:
        sort_by (GetAgentsRequestSortBy | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):
        exclude_slots (bool | Unset):
        exclude_containers (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | GetAgentsResponse]
    """

    kwargs = _get_kwargs(
        sort_by=sort_by,
        order_by=order_by,
        offset=offset,
        limit=limit,
        exclude_slots=exclude_slots,
        exclude_containers=exclude_containers,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sort_by: GetAgentsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    exclude_slots: bool | Unset = UNSET,
    exclude_containers: bool | Unset = UNSET,
) -> "ApiError | GetAgentsResponse | None":
    """List agents

     The agents connected to the master, with their slots and containers unless `excludeSlots` /
    `excludeContainers` ask to leave them out (much smaller answers on big clusters). One page at a
    time; `limit` 0 returns every agent.

    Args:
        sort_by (GetAgentsRequestSortBy | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        offset (int | Unset):
        limit (int | Unset):
        exclude_slots (bool | Unset):
        exclude_containers (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | GetAgentsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            sort_by=sort_by,
            order_by=order_by,
            offset=offset,
            limit=limit,
            exclude_slots=exclude_slots,
            exclude_containers=exclude_containers,
        )
    ).parsed


def _from_json(data: Any) -> "GetAgentsResponse":
    if not isinstance(data, dict):
        raise TypeError(f"response_200: expected object, got {type(data).__name__}")
    response_200 = _models.GetAgentsResponse.from_dict(data)

    return response_200


def _parse_ok(response: httpx.Response) -> "GetAgentsResponse":
    return _from_json(decode_json(response.content))


def request(
    *,
    sort_by: GetAgentsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    exclude_slots: bool | Unset = UNSET,
    exclude_containers: bool | Unset = UNSET,
    **options: Unpack[CallOptions],
) -> "Request[GetAgentsResponse]":
    """This operation, for determined_client.Session.call: its success answer."""
    kwargs = _get_kwargs(
        sort_by=sort_by,
        order_by=order_by,
        offset=offset,
        limit=limit,
        exclude_slots=exclude_slots,
        exclude_containers=exclude_containers,
    )
    return Request("get_agents", kwargs, _parse_ok, options, _from_json)


def _items(page: "GetAgentsResponse") -> "list[Agent]":
    items = page.agents
    return items if isinstance(items, list) else []


def pages(
    *,
    sort_by: GetAgentsRequestSortBy | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    offset: int | Unset = UNSET,
    exclude_slots: bool | Unset = UNSET,
    exclude_containers: bool | Unset = UNSET,
    **options: Unpack[PageOptions],
) -> "Pages[GetAgentsResponse, Agent]":
    """Every item of this list operation, page by page, for determined_client.Session.paginate."""

    def page(limit: int, offset: int) -> dict[str, Any]:
        return _get_kwargs(
            sort_by=sort_by,
            order_by=order_by,
            exclude_slots=exclude_slots,
            exclude_containers=exclude_containers,
            limit=limit,
            offset=offset,
        )

    start = 0 if isinstance(offset, Unset) else offset
    return Pages("get_agents", page, _parse_ok, _items, start, options, _from_json)
