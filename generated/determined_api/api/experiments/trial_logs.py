import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Unpack
from urllib.parse import quote

import httpx

from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...models.log_level import LogLevel
from ...models.order_by import OrderBy
from ...types import UNSET, CallOptions, Response, StreamRequest, Unset, decode_json

if TYPE_CHECKING:
    from ...models.api_error import ApiError
    from ...models.trial_logs_response import TrialLogsResponse
    from ...models.trial_logs_stream_line import TrialLogsStreamLine


def _get_kwargs(
    trial_id: int,
    *,
    limit: int | Unset = UNSET,
    follow: bool | Unset = UNSET,
    agent_ids: list[str] | Unset = UNSET,
    container_ids: list[str] | Unset = UNSET,
    rank_ids: list[int] | Unset = UNSET,
    levels: list[LogLevel] | Unset = UNSET,
    stdtypes: list[str] | Unset = UNSET,
    sources: list[str] | Unset = UNSET,
    timestamp_before: datetime.datetime | Unset = UNSET,
    timestamp_after: datetime.datetime | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    search_text: str | Unset = UNSET,
    enable_regex: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["follow"] = follow

    json_agent_ids: list[str] | Unset = UNSET
    if not isinstance(agent_ids, Unset):
        json_agent_ids = agent_ids

    params["agentIds"] = json_agent_ids

    json_container_ids: list[str] | Unset = UNSET
    if not isinstance(container_ids, Unset):
        json_container_ids = container_ids

    params["containerIds"] = json_container_ids

    json_rank_ids: list[int] | Unset = UNSET
    if not isinstance(rank_ids, Unset):
        json_rank_ids = rank_ids

    params["rankIds"] = json_rank_ids

    json_levels: list[str] | Unset = UNSET
    if not isinstance(levels, Unset):
        json_levels = []
        for levels_item_data in levels:
            levels_item: str = levels_item_data
            json_levels.append(levels_item)

    params["levels"] = json_levels

    json_stdtypes: list[str] | Unset = UNSET
    if not isinstance(stdtypes, Unset):
        json_stdtypes = stdtypes

    params["stdtypes"] = json_stdtypes

    json_sources: list[str] | Unset = UNSET
    if not isinstance(sources, Unset):
        json_sources = sources

    params["sources"] = json_sources

    json_timestamp_before: str | Unset = UNSET
    if not isinstance(timestamp_before, Unset):
        json_timestamp_before = timestamp_before.isoformat()
    params["timestampBefore"] = json_timestamp_before

    json_timestamp_after: str | Unset = UNSET
    if not isinstance(timestamp_after, Unset):
        json_timestamp_after = timestamp_after.isoformat()
    params["timestampAfter"] = json_timestamp_after

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["orderBy"] = json_order_by

    params["searchText"] = search_text

    params["enableRegex"] = enable_regex

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/trials/{trial_id}/logs".format(
            trial_id=quote(str(trial_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "ApiError | TrialLogsStreamLine":
    if response.status_code == 200:
        _response_200 = decode_json(response.content)
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = _models.TrialLogsStreamLine.from_dict(_response_200)

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
) -> "Response[ApiError | TrialLogsStreamLine]":
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    trial_id: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    follow: bool | Unset = UNSET,
    agent_ids: list[str] | Unset = UNSET,
    container_ids: list[str] | Unset = UNSET,
    rank_ids: list[int] | Unset = UNSET,
    levels: list[LogLevel] | Unset = UNSET,
    stdtypes: list[str] | Unset = UNSET,
    sources: list[str] | Unset = UNSET,
    timestamp_before: datetime.datetime | Unset = UNSET,
    timestamp_after: datetime.datetime | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    search_text: str | Unset = UNSET,
    enable_regex: bool | Unset = UNSET,
) -> "Response[ApiError | TrialLogsStreamLine]":
    """Stream a trial's logs

     The log lines of a trial (all its runs), oldest first unless `orderBy` says otherwise, filtered by
    agent, container, rank, level, stream, source, time and text. Answers newline-delimited JSON: one
    `{"result": ...}` per log line, or a line `{"error": ...}`. With `follow` the stream stays open and
    sends new lines until the trial ends; without it, it ends after the lines that exist.

    Args:
        trial_id (int):
        limit (int | Unset):
        follow (bool | Unset):
        agent_ids (list[str] | Unset):
        container_ids (list[str] | Unset):
        rank_ids (list[int] | Unset):
        levels (list[LogLevel] | Unset):
        stdtypes (list[str] | Unset):
        sources (list[str] | Unset):
        timestamp_before (datetime.datetime | Unset):
        timestamp_after (datetime.datetime | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        search_text (str | Unset):
        enable_regex (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | TrialLogsStreamLine]
    """

    kwargs = _get_kwargs(
        trial_id=trial_id,
        limit=limit,
        follow=follow,
        agent_ids=agent_ids,
        container_ids=container_ids,
        rank_ids=rank_ids,
        levels=levels,
        stdtypes=stdtypes,
        sources=sources,
        timestamp_before=timestamp_before,
        timestamp_after=timestamp_after,
        order_by=order_by,
        search_text=search_text,
        enable_regex=enable_regex,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    trial_id: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    follow: bool | Unset = UNSET,
    agent_ids: list[str] | Unset = UNSET,
    container_ids: list[str] | Unset = UNSET,
    rank_ids: list[int] | Unset = UNSET,
    levels: list[LogLevel] | Unset = UNSET,
    stdtypes: list[str] | Unset = UNSET,
    sources: list[str] | Unset = UNSET,
    timestamp_before: datetime.datetime | Unset = UNSET,
    timestamp_after: datetime.datetime | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    search_text: str | Unset = UNSET,
    enable_regex: bool | Unset = UNSET,
) -> "ApiError | TrialLogsStreamLine | None":
    """Stream a trial's logs

     The log lines of a trial (all its runs), oldest first unless `orderBy` says otherwise, filtered by
    agent, container, rank, level, stream, source, time and text. Answers newline-delimited JSON: one
    `{"result": ...}` per log line, or a line `{"error": ...}`. With `follow` the stream stays open and
    sends new lines until the trial ends; without it, it ends after the lines that exist.

    Args:
        trial_id (int):
        limit (int | Unset):
        follow (bool | Unset):
        agent_ids (list[str] | Unset):
        container_ids (list[str] | Unset):
        rank_ids (list[int] | Unset):
        levels (list[LogLevel] | Unset):
        stdtypes (list[str] | Unset):
        sources (list[str] | Unset):
        timestamp_before (datetime.datetime | Unset):
        timestamp_after (datetime.datetime | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        search_text (str | Unset):
        enable_regex (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | TrialLogsStreamLine
    """

    return sync_detailed(
        trial_id=trial_id,
        client=client,
        limit=limit,
        follow=follow,
        agent_ids=agent_ids,
        container_ids=container_ids,
        rank_ids=rank_ids,
        levels=levels,
        stdtypes=stdtypes,
        sources=sources,
        timestamp_before=timestamp_before,
        timestamp_after=timestamp_after,
        order_by=order_by,
        search_text=search_text,
        enable_regex=enable_regex,
    ).parsed


async def asyncio_detailed(
    trial_id: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    follow: bool | Unset = UNSET,
    agent_ids: list[str] | Unset = UNSET,
    container_ids: list[str] | Unset = UNSET,
    rank_ids: list[int] | Unset = UNSET,
    levels: list[LogLevel] | Unset = UNSET,
    stdtypes: list[str] | Unset = UNSET,
    sources: list[str] | Unset = UNSET,
    timestamp_before: datetime.datetime | Unset = UNSET,
    timestamp_after: datetime.datetime | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    search_text: str | Unset = UNSET,
    enable_regex: bool | Unset = UNSET,
) -> "Response[ApiError | TrialLogsStreamLine]":
    """Stream a trial's logs

     The log lines of a trial (all its runs), oldest first unless `orderBy` says otherwise, filtered by
    agent, container, rank, level, stream, source, time and text. Answers newline-delimited JSON: one
    `{"result": ...}` per log line, or a line `{"error": ...}`. With `follow` the stream stays open and
    sends new lines until the trial ends; without it, it ends after the lines that exist.

    Args:
        trial_id (int):
        limit (int | Unset):
        follow (bool | Unset):
        agent_ids (list[str] | Unset):
        container_ids (list[str] | Unset):
        rank_ids (list[int] | Unset):
        levels (list[LogLevel] | Unset):
        stdtypes (list[str] | Unset):
        sources (list[str] | Unset):
        timestamp_before (datetime.datetime | Unset):
        timestamp_after (datetime.datetime | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        search_text (str | Unset):
        enable_regex (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | TrialLogsStreamLine]
    """

    kwargs = _get_kwargs(
        trial_id=trial_id,
        limit=limit,
        follow=follow,
        agent_ids=agent_ids,
        container_ids=container_ids,
        rank_ids=rank_ids,
        levels=levels,
        stdtypes=stdtypes,
        sources=sources,
        timestamp_before=timestamp_before,
        timestamp_after=timestamp_after,
        order_by=order_by,
        search_text=search_text,
        enable_regex=enable_regex,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    trial_id: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    follow: bool | Unset = UNSET,
    agent_ids: list[str] | Unset = UNSET,
    container_ids: list[str] | Unset = UNSET,
    rank_ids: list[int] | Unset = UNSET,
    levels: list[LogLevel] | Unset = UNSET,
    stdtypes: list[str] | Unset = UNSET,
    sources: list[str] | Unset = UNSET,
    timestamp_before: datetime.datetime | Unset = UNSET,
    timestamp_after: datetime.datetime | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    search_text: str | Unset = UNSET,
    enable_regex: bool | Unset = UNSET,
) -> "ApiError | TrialLogsStreamLine | None":
    """Stream a trial's logs

     The log lines of a trial (all its runs), oldest first unless `orderBy` says otherwise, filtered by
    agent, container, rank, level, stream, source, time and text. Answers newline-delimited JSON: one
    `{"result": ...}` per log line, or a line `{"error": ...}`. With `follow` the stream stays open and
    sends new lines until the trial ends; without it, it ends after the lines that exist.

    Args:
        trial_id (int):
        limit (int | Unset):
        follow (bool | Unset):
        agent_ids (list[str] | Unset):
        container_ids (list[str] | Unset):
        rank_ids (list[int] | Unset):
        levels (list[LogLevel] | Unset):
        stdtypes (list[str] | Unset):
        sources (list[str] | Unset):
        timestamp_before (datetime.datetime | Unset):
        timestamp_after (datetime.datetime | Unset):
        order_by (OrderBy | Unset): Sort direction; `ORDER_BY_UNSPECIFIED` sorts ascending.
        search_text (str | Unset):
        enable_regex (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | TrialLogsStreamLine
    """

    return (
        await asyncio_detailed(
            trial_id=trial_id,
            client=client,
            limit=limit,
            follow=follow,
            agent_ids=agent_ids,
            container_ids=container_ids,
            rank_ids=rank_ids,
            levels=levels,
            stdtypes=stdtypes,
            sources=sources,
            timestamp_before=timestamp_before,
            timestamp_after=timestamp_after,
            order_by=order_by,
            search_text=search_text,
            enable_regex=enable_regex,
        )
    ).parsed


def _parse_result(data: Any) -> "TrialLogsResponse":
    if not isinstance(data, dict):
        raise TypeError(f"TrialLogsStreamLine.result: expected object, got {type(data).__name__}")
    return _models.TrialLogsResponse.from_dict(data)


def request(
    trial_id: int,
    *,
    limit: int | Unset = UNSET,
    follow: bool | Unset = UNSET,
    agent_ids: list[str] | Unset = UNSET,
    container_ids: list[str] | Unset = UNSET,
    rank_ids: list[int] | Unset = UNSET,
    levels: list[LogLevel] | Unset = UNSET,
    stdtypes: list[str] | Unset = UNSET,
    sources: list[str] | Unset = UNSET,
    timestamp_before: datetime.datetime | Unset = UNSET,
    timestamp_after: datetime.datetime | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    search_text: str | Unset = UNSET,
    enable_regex: bool | Unset = UNSET,
    **options: Unpack[CallOptions],
) -> "StreamRequest[TrialLogsResponse]":
    """This operation, for determined_client.Session.stream: each line's result."""
    kwargs = _get_kwargs(
        trial_id=trial_id,
        limit=limit,
        follow=follow,
        agent_ids=agent_ids,
        container_ids=container_ids,
        rank_ids=rank_ids,
        levels=levels,
        stdtypes=stdtypes,
        sources=sources,
        timestamp_before=timestamp_before,
        timestamp_after=timestamp_after,
        order_by=order_by,
        search_text=search_text,
        enable_regex=enable_regex,
    )
    return StreamRequest("trial_logs", kwargs, _parse_result, options)
